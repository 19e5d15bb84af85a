import { describe, expect, it } from "vitest";

import { isTransientDatabaseError } from "@/lib/db/is-transient-error";

describe("isTransientDatabaseError", () => {
  it.each([
    [{ code: "ECONNREFUSED" }, true],
    [{ code: "57P01" }, true],
    [{ code: "40P01" }, true],
    [{ message: "x", cause: { code: "08006" } }, true],
    [new Error("Raw query failed. Code: `57P03`. Message: `the database system is starting up`"), true],
    [{ code: "POOL_TIMEOUT" }, true],
    [new Error("DriverAdapterError: No database connection came free within 300 ms: the general pool's 3 …"), true],
    [{ code: "23505" }, false],
    [new Error("Cannot read properties of undefined"), false],
  ])("%o → %s", (error, expected) => {
    expect(isTransientDatabaseError(error)).toBe(expected);
  });
});

describe("isConflictError", () => {
  it("knows a deadlock and a serialization failure, and nothing else", async () => {
    const { isConflictError } = await import("@/lib/db/is-transient-error");
    expect(isConflictError(new Error("Raw query failed. Code: `40P01`. Message: `deadlock detected`"))).toBe(true);
    expect(isConflictError({ code: "40001" })).toBe(true);
    expect(isConflictError({ code: "57P01" })).toBe(false);
  });
});

describe("isRetryableApplyError", () => {
  it("knows the errors PostgreSQL and Prisma really throw for a lock timeout and a statement timeout, not a constraint", async () => {
    const { db } = await import("@/lib/db/client");
    const { pgPool } = await import("@/lib/db/pg-pool");
    const { isRetryableApplyError } = await import("@/lib/db/is-transient-error");
    const failure = (work: () => Promise<unknown>) =>
      work().then(
        () => null,
        (error: unknown) => error,
      );
    await db().$executeRaw`CREATE TABLE retry_probe (id int PRIMARY KEY)`;
    await db().$executeRaw`INSERT INTO retry_probe VALUES (1)`;
    const holder = await pgPool().connect();
    try {
      await holder.query("BEGIN");
      await holder.query("SELECT 1 FROM retry_probe WHERE id = 1 FOR UPDATE");
      const lockTimeout = await failure(() =>
        db().$transaction(async (tx) => {
          await tx.$executeRaw`SET LOCAL lock_timeout = '50ms'`;
          await tx.$executeRaw`UPDATE retry_probe SET id = 1 WHERE id = 1`;
        }),
      );
      const statementTimeout = await failure(() =>
        db().$transaction(async (tx) => {
          await tx.$executeRaw`SET LOCAL statement_timeout = '50ms'`;
          await tx.$queryRaw`SELECT pg_sleep(1)`;
        }),
      );
      const constraint = await failure(() => db().$executeRaw`INSERT INTO retry_probe VALUES (2), (2)`);
      expect([lockTimeout, statementTimeout, constraint].map(isRetryableApplyError)).toEqual([true, true, false]);
      expect(isTransientDatabaseError(lockTimeout)).toBe(false);
    } finally {
      await holder.query("ROLLBACK");
      holder.release();
      await db().$executeRaw`DROP TABLE retry_probe`;
    }
  });

  it("retries what the database being away or a collision means too", async () => {
    const { isRetryableApplyError } = await import("@/lib/db/is-transient-error");
    expect(isRetryableApplyError({ code: "POOL_TIMEOUT" })).toBe(true);
    expect(isRetryableApplyError(new Error("Raw query failed. Code: `40P01`. Message: `deadlock detected`"))).toBe(
      true,
    );
    expect(isRetryableApplyError({ code: "P2039", meta: { driverAdapterError: { cause: { code: "40001" } } } })).toBe(
      true,
    );
    expect(isRetryableApplyError(new Error("Cannot read properties of undefined"))).toBe(false);
  });
});
