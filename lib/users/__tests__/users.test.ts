import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/audit/actor";
import { db } from "@/lib/db/client";
import { changeUserRole } from "@/lib/users/change-user-role";
import { createUser } from "@/lib/users/create-user";
import { ensureFirstAdmin } from "@/lib/users/ensure-first-admin";
import { verifyPassword } from "@/lib/users/password";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import { setUserDisabled } from "@/lib/users/set-user-disabled";
import { resetDatabase } from "@/test/reset-database";

const cli: Actor = { id: null, email: "cli:test" };

beforeEach(resetDatabase);

describe("createUser", () => {
  it("stores a normalised email, a bcrypt hash and an audit entry", async () => {
    const { user, generatedPassword } = await createUser(
      { email: "  Ann@Example.COM ", role: "finance", password: "long enough password" },
      cli,
    );
    expect(user.email).toBe("ann@example.com");
    expect(user.role).toBe("FINANCE");
    expect(generatedPassword).toBeUndefined();
    const stored = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).toMatch(/^\$2[aby]\$12\$/);
    expect(await verifyPassword("long enough password", stored.passwordHash)).toBe(true);
    const audit = await db().auditLog.findMany({ where: { targetId: user.id } });
    expect(audit.map((a) => [a.action, a.actorEmail])).toEqual([["user.create", "cli:test"]]);
  });

  it("generates a strong password when none is given", async () => {
    const { user, generatedPassword } = await createUser({ email: "gen@example.com", role: "support" }, cli);
    expect(generatedPassword).toMatch(/^[A-Za-z2-9]{20}$/);
    const stored = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(generatedPassword!, stored.passwordHash)).toBe(true);
  });

  it("refuses a duplicate email, a bad role and a short password with readable messages", async () => {
    await createUser({ email: "dup@example.com", role: "admin" }, cli);
    await expect(createUser({ email: "DUP@example.com", role: "admin" }, cli)).rejects.toThrow("already exists");
    await expect(createUser({ email: "x@example.com", role: "owner" }, cli)).rejects.toThrow(
      "support, finance or admin",
    );
    await expect(createUser({ email: "y@example.com", role: "admin", password: "short" }, cli)).rejects.toThrow(
      "12 characters",
    );
    await expect(createUser({ email: "not-an-email", role: "admin" }, cli)).rejects.toThrow("valid email");
  });
});

describe("role, disable and password changes", () => {
  it("will not demote or disable the last active admin", async () => {
    const { user: admin } = await createUser({ email: "admin@example.com", role: "admin" }, cli);
    await expect(changeUserRole(admin.id, "support", cli)).rejects.toThrow("last active admin");
    await expect(setUserDisabled(admin.id, true, cli)).rejects.toThrow("last active admin");
    const { user: second } = await createUser({ email: "second@example.com", role: "admin" }, cli);
    await changeUserRole(admin.id, "support", cli);
    expect((await db().user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("SUPPORT");
    await expect(changeUserRole(second.id, "finance", cli)).rejects.toThrow("last active admin");
  });

  it("concurrent demotions of the only two admins leave one admin", async () => {
    const { user: a } = await createUser(
      { email: "a@example.com", role: "admin", password: "long enough password" },
      cli,
    );
    const { user: b } = await createUser(
      { email: "b@example.com", role: "admin", password: "long enough password" },
      cli,
    );
    const results = await Promise.allSettled([
      changeUserRole(a.id, "support", cli),
      changeUserRole(b.id, "support", cli),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db().user.count({ where: { role: "ADMIN" } })).toBe(1);
  });

  it("disabling ends sessions, refuses self-disable, and is audited", async () => {
    const { user: admin } = await createUser({ email: "admin@example.com", role: "admin" }, cli);
    const { user } = await createUser({ email: "s@example.com", role: "support" }, cli);
    const actor = { id: admin.id, email: admin.email };
    await expect(setUserDisabled(admin.id, true, actor)).rejects.toThrow("your own account");
    await setUserDisabled(user.id, true, actor);
    const stored = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.disabledAt).not.toBeNull();
    expect(stored.sessionVersion).toBe(2);
    await setUserDisabled(user.id, false, actor);
    const actions = (await db().auditLog.findMany({ where: { targetId: user.id }, orderBy: { at: "asc" } })).map(
      (a) => a.action,
    );
    expect(actions).toEqual(["user.create", "user.disable", "user.enable"]);
  });

  it("reset-password sets the new password, bumps the session version and lifts the lock", async () => {
    const { user } = await createUser(
      { email: "locked@example.com", role: "admin", password: "the old password" },
      cli,
    );
    const windowStart = new Date();
    await db().signInThrottle.createMany({
      data: [
        { key: "account:locked@example.com", failures: 9, windowStart },
        { key: "pair:locked@example.com|203.0.113.7", failures: 5, windowStart },
        { key: "ip:203.0.113.7", failures: 12, windowStart },
      ],
    });
    await resetUserPassword(user.id, "the brand new password", cli);
    const stored = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword("the brand new password", stored.passwordHash)).toBe(true);
    expect(await verifyPassword("the old password", stored.passwordHash)).toBe(false);
    expect(stored.sessionVersion).toBe(2);
    // The account's limits are lifted from every address; the address's own limit stays.
    expect((await db().signInThrottle.findMany({ select: { key: true } })).map((r) => r.key)).toEqual([
      "ip:203.0.113.7",
    ]);
  });
});

describe("ensureFirstAdmin", () => {
  it("creates the admin once, with the given or a generated password", async () => {
    const first = await ensureFirstAdmin("Boss@Example.com", "a very good password");
    expect(first).toEqual({ email: "boss@example.com", generatedPassword: undefined });
    expect(await ensureFirstAdmin("other@example.com", undefined)).toBeUndefined();
    expect(await db().user.count()).toBe(1);
  });

  it("generates a password when ADMIN_PASSWORD is unset", async () => {
    const first = await ensureFirstAdmin(undefined, undefined);
    expect(first?.generatedPassword).toHaveLength(20);
    expect((await db().user.findFirstOrThrow()).role).toBe("ADMIN");
  });
});
