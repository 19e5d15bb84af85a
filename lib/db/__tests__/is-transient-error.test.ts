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
