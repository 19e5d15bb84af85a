import { beforeEach, describe, expect, it } from "vitest";
import { resetDatabase } from "../../../test/reset-database";
import { db } from "../../db/client";
import { createUser } from "../../users/create-user";
import { setUserDisabled } from "../../users/set-user-disabled";
import { authorizeCredentials } from "../authorize-credentials";
import { ACCOUNT_LIMIT, ADDRESS_LIMIT } from "../sign-in-throttle";

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
    expect(await authorizeCredentials({ email: "ann@example.com", password: "nope" }, "10.0.0.1")).toEqual({ ok: false, reason: "invalid" });
    expect(await authorizeCredentials({ email: "who@example.com", password: PASSWORD }, "10.0.0.1")).toEqual({ ok: false, reason: "invalid" });
    expect(await authorizeCredentials({ email: 42 }, "10.0.0.1")).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses a disabled user", async () => {
    await createUser({ email: "boss@example.com", role: "admin" }, cli);
    const ann = await db().user.findUniqueOrThrow({ where: { email: "ann@example.com" } });
    await setUserDisabled(ann.id, true, cli);
    expect(await authorizeCredentials({ email: "ann@example.com", password: PASSWORD }, "10.0.0.1")).toMatchObject({ ok: false });
  });

  it(`locks the account after ${ACCOUNT_LIMIT} failures, even for the right password, from any address`, async () => {
    for (let i = 0; i < ACCOUNT_LIMIT; i++) {
      await authorizeCredentials({ email: "ann@example.com", password: "wrong" }, `10.0.0.${i}`);
    }
    const result = await authorizeCredentials({ email: "ann@example.com", password: PASSWORD }, "10.9.9.9");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe("throttled");
    expect(!result.ok && result.retryAt!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
  });

  it("a success before the limit clears the account's count", async () => {
    for (let i = 0; i < ACCOUNT_LIMIT - 1; i++) await authorizeCredentials({ email: "ann@example.com", password: "wrong" }, "10.0.0.1");
    expect((await authorizeCredentials({ email: "ann@example.com", password: PASSWORD }, "10.0.0.1")).ok).toBe(true);
    expect((await authorizeCredentials({ email: "ann@example.com", password: "wrong" }, "10.0.0.1")).ok).toBe(false);
    expect((await authorizeCredentials({ email: "ann@example.com", password: PASSWORD }, "10.0.0.1")).ok).toBe(true);
  });

  it(`locks a client address after ${ADDRESS_LIMIT} failures across accounts`, async () => {
    await Promise.all(
      Array.from({ length: ADDRESS_LIMIT }, (_, i) => authorizeCredentials({ email: `u${i}@example.com`, password: "wrong" }, "192.0.2.7")),
    );
    expect(await authorizeCredentials({ email: "ann@example.com", password: PASSWORD }, "192.0.2.7")).toMatchObject({ ok: false, reason: "throttled" });
    expect((await authorizeCredentials({ email: "ann@example.com", password: PASSWORD }, "192.0.2.8")).ok).toBe(true);
  });

  it("counts concurrent failures exactly (no lost updates)", async () => {
    await Promise.all(Array.from({ length: 4 }, () => authorizeCredentials({ email: "ann@example.com", password: "wrong" }, "10.0.0.1")));
    const row = await db().signInThrottle.findUniqueOrThrow({ where: { key: "account:ann@example.com" } });
    expect(row.failures).toBe(4);
    expect(row.lockedUntil).toBeNull();
  });
});
