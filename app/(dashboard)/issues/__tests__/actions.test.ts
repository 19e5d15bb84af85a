// Acknowledge: support and admin may (checked on the server), finance may not; the alert stays
// open with who took it, and the audit log says so.
import { beforeEach, expect, it, vi } from "vitest";

import { can, type Permission } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { formOf as form, idle } from "@/lib/deliveries/__tests__/action-form";
import { resetDatabase } from "@/test/reset-database";

import { acknowledgeAlertAction } from "../actions";

// Who is signed in: the test sets the role; the mock checks the real matrix, as the session does.
const user = { id: "0190e7a2-1111-7000-8000-000000000001", email: "sam@x.test", name: null, role: "SUPPORT" as Role };
vi.mock("@/lib/auth/session", () => ({
  requirePermission: async (permission: Permission) =>
    can(user.role, permission) ? user : Promise.reject(new Error("403")),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const makeAlert = () =>
  db().alert.create({
    data: {
      kind: "dispute_created",
      groupKey: "disputes",
      openKey: "dispute_created:disputes",
      title: "A dispute was opened",
      detail: "1 opened",
      link: "/disputes",
    },
  });

beforeEach(async () => {
  await resetDatabase();
  await db().user.create({ data: { id: user.id, email: user.email, passwordHash: "x", role: "SUPPORT" } });
});

it.each(["SUPPORT", "ADMIN"] as const)("%s acknowledges an open issue; it stays open, and is audited", async (role) => {
  user.role = role;
  const alert = await makeAlert();
  expect(await acknowledgeAlertAction(idle, form({ id: alert.id }))).toEqual({
    status: "ok",
    message: "Acknowledged.",
  });
  const after = await db().alert.findUniqueOrThrow({ where: { id: alert.id } });
  expect(after).toMatchObject({ acknowledgedByEmail: "sam@x.test", resolvedAt: null });
  expect(after.acknowledgedAt).not.toBeNull();
  const audit = await db().auditLog.findMany({ where: { targetId: alert.id } });
  expect(audit).toMatchObject([{ action: "alert.acknowledge", targetType: "alert", actorEmail: "sam@x.test" }]);
  // A second press keeps the first acknowledgement and audits nothing more.
  await acknowledgeAlertAction(idle, form({ id: alert.id }));
  expect(await db().auditLog.count()).toBe(1);
});

it("refuses finance", async () => {
  user.role = "FINANCE";
  const alert = await makeAlert();
  await expect(acknowledgeAlertAction(idle, form({ id: alert.id }))).rejects.toThrow("403");
  expect((await db().alert.findUniqueOrThrow({ where: { id: alert.id } })).acknowledgedAt).toBeNull();
});

it("says so when there is no such issue", async () => {
  user.role = "ADMIN";
  expect(await acknowledgeAlertAction(idle, form({ id: "0190e7a2-0000-7000-8000-000000000000" }))).toEqual({
    status: "error",
    message: "No such issue.",
  });
});
