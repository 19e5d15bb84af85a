import { beforeEach, describe, expect, it, vi } from "vitest";

import { authorizeCredentials } from "@/lib/auth/authorize-credentials";
import { ACCOUNT_LIMIT, ADDRESS_LIMIT, PAIR_LIMIT } from "@/lib/auth/sign-in-throttle";
import { db } from "@/lib/db/client";
import { createUser } from "@/lib/users/create-user";
import type * as Password from "@/lib/users/password";
import { setUserDisabled } from "@/lib/users/set-user-disabled";
import { resetDatabase } from "@/test/reset-database";

// Counts the password checks that really happen.
const checks = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/users/password", async (original) => {
  const actual = await original<typeof Password>();
  return {
    ...actual,
    verifyPassword: (...args: Parameters<typeof actual.verifyPassword>) => {
      checks.count++;
      return actual.verifyPassword(...args);
    },
  };
});

const cli = { id: null, email: "cli:test" };
const PASSWORD = "correct horse battery";

beforeEach(async () => {
  await resetDatabase();
  await createUser({ email: "ann@example.com", role: "finance", password: PASSWORD }, cli);
});

describe("authorizeCredentials", () => {
  it("accepts the right password, case-insensitive email, and records the sign-in", async () => {
    const result = await authorizeCredentials({ email: "ANN@example.com", password: PASSWORD }, "10.0.0.1");
    expect(result.ok && result.user.email).toBe("ann@example.com");
    expect((await db().user.findUniqueOrThrow({ where: { email: "ann@example.com" } })).lastSignInAt).not.toBeNull();
  });

  it("refuses a wrong password, an unknown email and malformed input alike", async () => {
    expect(await authorizeCredentials({ email: "ann@example.com", password: "nope" }, "10.0.0.1")).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await authorizeCredentials({ email: "who@example.com", password: PASSWORD }, "10.0.0.1")).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await authorizeCredentials({ email: 42 }, "10.0.0.1")).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses a disabled user", async () => {
    await createUser({ email: "boss@example.com", role: "admin" }, cli);
    const ann = await db().user.findUniqueOrThrow({ where: { email: "ann@example.com" } });
    await setUserDisabled(ann.id, true, cli);
    expect(await authorizeCredentials({ email: "ann@example.com", password: PASSWORD }, "10.0.0.1")).toMatchObject({
      ok: false,
    });
  });

  it(`locks an account+address pair after ${PAIR_LIMIT} guesses, even for the right password; another address still signs in`, async () => {
    for (let i = 0; i < PAIR_LIMIT; i++)
      await authorizeCredentials({ email: "ann@example.com", password: "wrong" }, "10.0.0.1");
    const result = await authorizeCredentials({ email: "ann@example.com", password: PASSWORD }, "10.0.0.1");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe("throttled");
    expect(!result.ok && result.retryAt!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    // The guesser did not lock the owner out.
    expect((await authorizeCredentials({ email: "ann@example.com", password: PASSWORD }, "10.9.9.9")).ok).toBe(true);
  });

  it("60 concurrent guesses from one address get at most 5 password checks, and a correct one inside the burst is refused", async () => {
    checks.count = 0;
    const attempts = Array.from({ length: 60 }, (_, i) =>
      authorizeCredentials({ email: "ann@example.com", password: i === 59 ? PASSWORD : `wrong ${i}` }, "203.0.113.5"),
    );
    const results = await Promise.all(attempts);
    expect(checks.count).toBeLessThanOrEqual(PAIR_LIMIT);
    expect(results.filter((result) => !result.ok && result.reason === "invalid")).toHaveLength(PAIR_LIMIT);
    expect(results[59]).toMatchObject({ ok: false, reason: "throttled" });
    expect(results.some((result) => result.ok)).toBe(false);
  });

  it(`keeps a slower ceiling of ${ACCOUNT_LIMIT} attempts per account from all addresses together`, async () => {
    // 5 guesses from each of 10 addresses: every pair is at its limit, the account at its ceiling.
    await Promise.all(
      Array.from({ length: ACCOUNT_LIMIT }, (_, i) =>
        authorizeCredentials({ email: "ann@example.com", password: "wrong" }, `10.1.${Math.floor(i / PAIR_LIMIT)}.1`),
      ),
    );
    checks.count = 0;
    expect(await authorizeCredentials({ email: "ann@example.com", password: PASSWORD }, "10.9.9.9")).toMatchObject({
      ok: false,
      reason: "throttled",
    });
    expect(checks.count).toBe(0);
  });

  it("guesses refused by a locked pair do not use up the account's ceiling", async () => {
    await Promise.all(
      Array.from({ length: 200 }, () =>
        authorizeCredentials({ email: "ann@example.com", password: "wrong" }, "10.0.0.1"),
      ),
    );
    const account = await db().signInThrottle.findUniqueOrThrow({ where: { key: "account:ann@example.com" } });
    expect(account.failures).toBe(PAIR_LIMIT);
    expect((await authorizeCredentials({ email: "ann@example.com", password: PASSWORD }, "10.0.0.2")).ok).toBe(true);
  });

  it("a success before the limit clears the pair's count", async () => {
    for (let i = 0; i < PAIR_LIMIT - 1; i++)
      await authorizeCredentials({ email: "ann@example.com", password: "wrong" }, "10.0.0.1");
    expect((await authorizeCredentials({ email: "ann@example.com", password: PASSWORD }, "10.0.0.1")).ok).toBe(true);
    expect((await authorizeCredentials({ email: "ann@example.com", password: "wrong" }, "10.0.0.1")).ok).toBe(false);
    expect((await authorizeCredentials({ email: "ann@example.com", password: PASSWORD }, "10.0.0.1")).ok).toBe(true);
  });

  it(`locks a client address after ${ADDRESS_LIMIT} failures across accounts`, async () => {
    await Promise.all(
      Array.from({ length: ADDRESS_LIMIT }, (_, i) =>
        authorizeCredentials({ email: `u${i}@example.com`, password: "wrong" }, "192.0.2.7"),
      ),
    );
    expect(await authorizeCredentials({ email: "ann@example.com", password: PASSWORD }, "192.0.2.7")).toMatchObject({
      ok: false,
      reason: "throttled",
    });
    expect((await authorizeCredentials({ email: "ann@example.com", password: PASSWORD }, "192.0.2.8")).ok).toBe(true);
  });

  it("counts concurrent attempts exactly (no lost updates)", async () => {
    await Promise.all(
      Array.from({ length: 4 }, () =>
        authorizeCredentials({ email: "ann@example.com", password: "wrong" }, "10.0.0.1"),
      ),
    );
    const row = await db().signInThrottle.findUniqueOrThrow({ where: { key: "account:ann@example.com" } });
    expect(row.failures).toBe(4);
  });
});
