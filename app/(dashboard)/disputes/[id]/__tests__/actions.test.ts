// The staff form's action: who may use it (checked on the server), what it refuses in
// words, what it saves and audits, and that each value then names staff as its source.
import { beforeEach, describe, expect, it, vi } from "vitest";

import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { formOf as form, idle } from "@/lib/deliveries/__tests__/action-form";
import { makeDispute } from "@/lib/disputes/__tests__/make-dispute";
import { readFieldSources } from "@/lib/disputes/dispute-facts";
import { resetDatabase } from "@/test/reset-database";

import { updateDisputeDetailsAction } from "../actions";

const user: SessionUser = {
  id: "8f0b7a52-5d8e-4c3a-9d55-0e6f3f1c2b11",
  email: "sam@x.test",
  name: null,
  role: "SUPPORT",
};
vi.mock("@/lib/auth/session", () => ({
  requirePermission: async (permission: Parameters<typeof can>[1]) => {
    if (!can(user.role, permission)) throw new Error("403 forbidden");
    return user;
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const blank = { amount: "", reason: "", responseDueOn: "", outcome: "", resolutionNote: "" };

beforeEach(async () => {
  await resetDatabase();
  user.role = "SUPPORT";
  await db().user.create({ data: { id: user.id, email: user.email, passwordHash: "x", role: "SUPPORT" } });
});

describe("updateDisputeDetailsAction", () => {
  it("saves what support entered, audits the change and names staff as each value's source", async () => {
    const { id } = await makeDispute();
    const state = await updateDisputeDetailsAction(
      idle,
      form({ ...blank, id, amount: "$1,249.50", reason: "Item not received", responseDueOn: "2026-12-10" }),
    );
    expect(state).toEqual({ status: "ok", message: "Saved the amount, reason, response due date." });
    const dispute = await db().dispute.findUniqueOrThrow({ where: { id } });
    expect(dispute.amount?.toFixed(2)).toBe("1249.50");
    expect(dispute.reason).toBe("Item not received");
    expect(dispute.responseDueAt).toEqual(new Date("2026-12-10T23:59:59.999Z")); // APP_TIMEZONE is UTC in tests
    expect(readFieldSources(dispute.fieldSources).amount).toMatchObject({ by: "staff", actor: "sam@x.test" });
    const audit = await db().auditLog.findMany({ where: { targetId: id } });
    expect(audit).toMatchObject([
      {
        action: "dispute.update",
        targetType: "dispute",
        actorEmail: "sam@x.test",
        details: {
          amount: { from: null, to: "1249.50" },
          responseDueAt: { from: null, to: "2026-12-10T23:59:59.999Z" },
        },
      },
    ]);
  });

  it("writes and audits nothing when nothing changed; a blank field clears it", async () => {
    const { id } = await makeDispute({ amount: "80.00", reason: "Fraud" });
    const same = await updateDisputeDetailsAction(idle, form({ ...blank, id, amount: "80", reason: "Fraud" }));
    expect(same).toEqual({ status: "ok", message: "Nothing changed." });
    expect(await db().auditLog.count()).toBe(0);
    const cleared = await updateDisputeDetailsAction(idle, form({ ...blank, id, amount: "80.00" }));
    expect(cleared).toEqual({ status: "ok", message: "Saved the reason." });
    expect((await db().dispute.findUniqueOrThrow({ where: { id } })).reason).toBeNull();
  });

  it("refuses bad values in words, per field, and saves nothing", async () => {
    const { id } = await makeDispute();
    const state = await updateDisputeDetailsAction(
      idle,
      form({ ...blank, id, amount: "12.345", responseDueOn: "2026-02-30", outcome: "x".repeat(201) }),
    );
    expect(state).toEqual({
      status: "error",
      message: "Check the highlighted fields.",
      fieldErrors: {
        amount: ["Use at most two decimal places (cents)."],
        responseDueOn: ['"2026-02-30" is not a date in the calendar.'],
        outcome: ["Keep the outcome to 200 characters or fewer."],
      },
    });
    const minus = await updateDisputeDetailsAction(idle, form({ ...blank, id, amount: "-5" }));
    expect(minus).toMatchObject({ fieldErrors: { amount: [expect.stringContaining("dollars and cents")] } });
    expect(await db().auditLog.count()).toBe(0);
  });

  it("is refused on the server to finance, who may only read disputes", async () => {
    const { id } = await makeDispute();
    user.role = "FINANCE";
    await expect(updateDisputeDetailsAction(idle, form({ ...blank, id, amount: "5.00" }))).rejects.toThrow("403");
    user.role = "ADMIN";
    expect(await updateDisputeDetailsAction(idle, form({ ...blank, id, amount: "5.00" }))).toMatchObject({
      status: "ok",
    });
  });

  it("answers in words for a dispute that is gone", async () => {
    const state = await updateDisputeDetailsAction(
      idle,
      form({ ...blank, id: "0196a4b2-0000-7000-8000-000000000000", amount: "5" }),
    );
    expect(state).toEqual({ status: "error", message: "That dispute no longer exists." });
  });
});
