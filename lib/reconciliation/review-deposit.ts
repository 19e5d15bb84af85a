// Finance's check of a deposit (one funded day × lender) against the bank statement: matched
// with the bank's reference, or flagged with a reason, or undone. Each is audited in the same
// transaction. The net and count are kept as they were, so a later sync that changes the
// deposit shows "changed since matched" (find-deposits.ts compares them).
import "server-only";

import { z } from "zod";

import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db, type Prisma } from "@/lib/db/client";
import { UserFacingError } from "@/lib/errors/user-facing-error";
import { centsToAmount } from "@/lib/format/exact-amounts";
import { dayParam } from "@/lib/search-params";

import { ensureFundingDayTotals } from "./funding-day-totals";

const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `${what} has at most ${max} characters.` })
    .transform((value) => value || null)
    .optional();

const requiredText = (max: number, what: string, missing: string) =>
  z
    .string()
    .trim()
    .min(1, { error: missing })
    .max(max, { error: `${what} has at most ${max} characters.` });

const depositKey = {
  day: dayParam,
  // "" is the deposit of records that name no lender.
  lenderName: z.string().max(200, { error: "The lender name is too long." }),
};

export const depositReviewSchema = z.discriminatedUnion("decision", [
  z.object({
    ...depositKey,
    decision: z.literal("match"),
    bankReference: requiredText(200, "The bank reference", "Enter the bank statement's reference for this deposit."),
    note: optionalText(1000, "The note"),
  }),
  z.object({
    ...depositKey,
    decision: z.literal("flag"),
    reason: requiredText(1000, "The reason", "Say what is wrong with this deposit."),
  }),
  z.object({ ...depositKey, decision: z.literal("undo") }),
]);
export type DepositReviewInput = z.input<typeof depositReviewSchema>;

const label = (day: string, lenderName: string) => `${lenderName || "no lender"} on ${day}`;

/** Matches, flags or undoes the review of one deposit; returns a sentence saying what was done. */
export async function reviewDeposit(input: DepositReviewInput, actor: Actor, timeZone: string): Promise<string> {
  const parsed = depositReviewSchema.parse(input);
  const { day, lenderName } = parsed;
  await ensureFundingDayTotals(timeZone);
  return db().$transaction(async (tx) => {
    const key = { day_lenderName: { day: new Date(`${day}T00:00:00.000Z`), lenderName } };
    const previous = await tx.depositReview.findUnique({ where: key });
    const targetId = `${day}/${lenderName}`;
    if (parsed.decision === "undo") {
      if (!previous) throw new UserFacingError(`The deposit of ${label(day, lenderName)} is not matched or flagged.`);
      await tx.depositReview.delete({ where: key });
      await recordAudit(tx, actor, {
        action: "deposit.undo",
        targetType: "deposit",
        targetId,
        details: { was: previous.state, bankReference: previous.bankReference, note: previous.note },
      });
      return `The deposit of ${label(day, lenderName)} is no longer ${previous.state === "MATCHED" ? "matched" : "flagged"}.`;
    }
    const total = await tx.fundingDepositTotal.findUnique({ where: key });
    if (!total || total.count === 0)
      throw new UserFacingError(`There is no deposit of ${label(day, lenderName)}: no funded records that day.`);
    const data = {
      state: parsed.decision === "match" ? ("MATCHED" as const) : ("FLAGGED" as const),
      bankReference: parsed.decision === "match" ? parsed.bankReference : null,
      note: parsed.decision === "match" ? (parsed.note ?? null) : parsed.reason,
      reviewedCount: total.count,
      reviewedNet: total.netAmount,
      reviewedById: actor.id,
      reviewedByEmail: actor.email,
      reviewedAt: new Date(),
    };
    await tx.depositReview.upsert({
      where: key,
      create: { day: key.day_lenderName.day, lenderName, ...data },
      update: data,
    });
    const net = centsToAmount(total.netAmount);
    const details: Prisma.InputJsonValue = {
      netAmount: net,
      count: total.count,
      bankReference: data.bankReference,
      note: data.note,
      ...(previous ? { was: previous.state } : {}),
    };
    await recordAudit(tx, actor, { action: `deposit.${parsed.decision}`, targetType: "deposit", targetId, details });
    return parsed.decision === "match"
      ? `The deposit of ${label(day, lenderName)} (net ${net}) is matched with bank reference ${data.bankReference}.`
      : `The deposit of ${label(day, lenderName)} is flagged.`;
  });
}
