// Finance's work on a mismatched funding record: assign it to a finance or admin user, note
// what was done, mark it resolved. Each step is audited in its transaction. A later sync or
// import that raises the record's version reopens a resolved review (a trigger, migration
// 20261203151000_deposits_and_reviews), so nobody misses a change after the fact.
import "server-only";

import { z } from "zod";

import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { UserFacingError } from "@/lib/errors/user-facing-error";

import { isMismatchStatus } from "./get-mismatch-context";

const note = z.string().trim().max(2000, { error: "The note has at most 2000 characters." });

export const mismatchReviewSchema = z.object({
  transactionId: z.string().min(1).max(200),
  decision: z.enum(["assign", "note", "resolve"], { error: "Choose to assign, add a note or resolve." }),
  assigneeId: z.union([z.uuid({ error: "Choose who takes it." }), z.literal("")]).optional(),
  note: note.optional(),
});
export type MismatchReviewInput = z.input<typeof mismatchReviewSchema>;

/** Who may take a mismatch: active finance and admin users. */
export function listMismatchAssignees(): Promise<{ id: string; email: string; name: string | null }[]> {
  return db().user.findMany({
    where: { role: { in: ["FINANCE", "ADMIN"] }, disabledAt: null },
    select: { id: true, email: true, name: true },
    orderBy: { email: "asc" },
  });
}

/** Assigns, notes or resolves the review of one mismatched record; returns what was done, in words. */
export async function reviewMismatch(input: MismatchReviewInput, actor: Actor): Promise<string> {
  const parsed = mismatchReviewSchema.parse(input);
  const { transactionId, decision } = parsed;
  const text = parsed.note || null;
  return db().$transaction(async (tx) => {
    const [record] = await tx.$queryRaw<{ status: string; version: number }[]>`
      SELECT status, version FROM "FundingRecord" WHERE "transactionId" = ${transactionId} FOR UPDATE`;
    if (!record) throw new UserFacingError("That funding record no longer exists.");
    if (!isMismatchStatus(record.status))
      throw new UserFacingError("That record is not a mismatch any more (a sync changed its status).");
    const previous = await tx.mismatchReview.findUnique({ where: { transactionId } });

    let assignee: { id: string; email: string } | null = null;
    if (decision === "assign") {
      if (!parsed.assigneeId)
        throw new UserFacingError("Choose who takes it.", { assigneeId: ["Choose who takes it."] });
      assignee = await tx.user.findFirst({
        where: { id: parsed.assigneeId, role: { in: ["FINANCE", "ADMIN"] }, disabledAt: null },
        select: { id: true, email: true },
      });
      if (!assignee) throw new UserFacingError("Only an active finance or admin user can take a mismatch.");
    }
    if (decision === "resolve" && !text)
      throw new UserFacingError("Say what was done before resolving it.", { note: ["Say what was done."] });
    if (decision === "note" && !text) throw new UserFacingError("Write the note first.", { note: ["Write the note."] });

    const state =
      decision === "resolve"
        ? ("RESOLVED" as const)
        : decision === "assign"
          ? ("ASSIGNED" as const)
          : (previous?.state ?? ("OPEN" as const));
    const data = {
      state,
      ...(assignee ? { assigneeId: assignee.id, assigneeEmail: assignee.email } : {}),
      ...(text ? { note: text } : {}),
      recordVersion: record.version,
      ...(decision === "resolve" ? { reopenedAt: null } : {}),
      updatedAt: new Date(),
      updatedByEmail: actor.email,
    };
    await tx.mismatchReview.upsert({ where: { transactionId }, create: { transactionId, ...data }, update: data });
    await recordAudit(tx, actor, {
      action: `funding-mismatch.${decision}`,
      targetType: "funding-record",
      targetId: transactionId,
      details: {
        state,
        version: record.version,
        note: text,
        ...(assignee ? { assigneeEmail: assignee.email } : {}),
        ...(previous ? { was: previous.state } : {}),
      },
    });
    if (decision === "assign") return `Assigned to ${assignee!.email}.`;
    if (decision === "resolve") return "Marked resolved.";
    return "Note saved.";
  });
}
