// Staff enter what the provider did not send (or correct it): amount, reason, response
// due date, outcome and a resolution note. Only changed fields are written; each records
// who set it and when (its source), and the change is audited in the same transaction.
import "server-only";

import Decimal from "decimal.js";
import { z } from "zod";

import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db, type Prisma } from "@/lib/db/client";
import { UserFacingError } from "@/lib/errors/user-facing-error";
import { fitsMoneyColumn, hasAtMostCents, UNSIGNED_DECIMAL } from "@/lib/providers/shared/exact-money";
import { dayParam } from "@/lib/search-params/param-schemas";

import { dayInZone } from "./deadline-age";
import { endOfDueDay, readFieldSources, type DisputeFactField, type DisputeFactValues } from "./dispute-facts";

/** Blank means "not known": the field is cleared. */
const blankAsNull = (value: unknown) => (typeof value === "string" && value.trim() === "" ? null : value);

const text = (label: string, max: number) =>
  z.preprocess(
    blankAsNull,
    z
      .string()
      .trim()
      .max(max, { error: `Keep the ${label} to ${max} characters or fewer.` })
      .refine((value) => !value.includes("\0"), { error: `The ${label} contains a NUL character.` })
      .nullable(),
  );

const amount = z.preprocess(
  (value) => (typeof value === "string" ? blankAsNull(value.replace(/[$,\s]/g, "")) : value),
  z
    .string()
    .regex(UNSIGNED_DECIMAL, { error: "Enter the amount in dollars and cents, such as 249.99 (no minus sign)." })
    .refine(hasAtMostCents, { error: "Use at most two decimal places (cents)." })
    .transform((value) => new Decimal(value))
    .refine(fitsMoneyColumn, { error: "That amount is larger than any the desk can hold." })
    .nullable(),
);

export const disputeDetailsSchema = z.object({
  id: z.uuid({ error: "Not a dispute id." }),
  amount,
  reason: text("reason", 500),
  responseDueOn: z.preprocess(blankAsNull, dayParam.nullable()),
  outcome: text("outcome", 200),
  resolutionNote: text("resolution note", 2000),
});
/** What the form sent, checked (disputeDetailsSchema's output). */
export type DisputeDetailsInput = z.output<typeof disputeDetailsSchema>;

export class DisputeDetailsError extends UserFacingError {}

type Current = DisputeFactValues & { fieldSources: unknown };

/** Returns the fields that changed (none: nothing written, nothing audited). */
export async function updateDisputeDetails(
  input: DisputeDetailsInput,
  actor: Actor,
  options: { timeZone: string; now?: Date },
): Promise<{ changed: DisputeFactField[] }> {
  const { id, responseDueOn, ...rest } = input;
  const wanted: DisputeFactValues = {
    ...rest,
    responseDueAt: responseDueOn ? endOfDueDay(responseDueOn, options.timeZone) : null,
  };
  const now = options.now ?? new Date();
  return db().$transaction(async (tx) => {
    const [current] = await tx.$queryRaw<Current[]>`
      SELECT amount, reason, "responseDueAt", outcome, "resolutionNote", "fieldSources"
      FROM "Dispute" WHERE id = ${id}::uuid FOR UPDATE`;
    if (!current) throw new DisputeDetailsError("That dispute no longer exists.");
    // A deadline is entered as a day: the same day as stored (a provider's 17:00, say) is no change.
    const sameDay = current.responseDueAt && responseDueOn === dayInZone(current.responseDueAt, options.timeZone);
    const changed = (Object.keys(wanted) as DisputeFactField[]).filter(
      (field) => !(field === "responseDueAt" && sameDay) && !same(current[field], wanted[field]),
    );
    if (!changed.length) return { changed };
    const sources = readFieldSources(current.fieldSources);
    const data: Prisma.DisputeUpdateInput = {};
    const details: Record<string, { from: string | null; to: string | null }> = {};
    for (const field of changed) {
      Object.assign(data, { [field]: wanted[field] });
      sources[field] = { by: "staff", at: now.toISOString(), actor: actor.email };
      details[field] = { from: shown(current[field]), to: shown(wanted[field]) };
    }
    await tx.dispute.update({ where: { id }, data: { ...data, fieldSources: sources } });
    await recordAudit(tx, actor, { action: "dispute.update", targetType: "dispute", targetId: id, details });
    return { changed };
  });
}

type FactValue = Decimal | Prisma.Decimal | Date | string | null | undefined;

function shown(value: FactValue): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  return typeof value === "string" ? value : value.toFixed(2);
}

function same(a: FactValue, b: FactValue): boolean {
  return shown(a) === shown(b);
}
