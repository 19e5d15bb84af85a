// zod schemas for the documented fields of ChargeAfter webhook bodies. The whole
// body is kept as the event's data; these only read what the domain needs.
import type Decimal from "decimal.js";
import { z } from "zod";

import type { DisputeDeadline } from "@/lib/disputes/dispute-facts";
import { describeFirstIssue } from "@/lib/providers/shared/describe-issues";
import { utcInstant } from "@/lib/providers/shared/iso-instant";
import { readProviderAmount } from "@/lib/providers/shared/read-provider-amount";

import { numberAsText } from "./search-ids";

// Messages complete a sentence that starts with the field name ("amount must …").
const missingOr = (message: string) => (issue: { input: unknown }) =>
  issue.input === undefined || issue.input === null ? "is missing" : message;

// Ids sent as JSON numbers (some integrations do) are read as their decimal text:
// refusing one would lose the whole delivery, e.g. a checkout confirmation's token.
const requiredId = z.preprocess(
  numberAsText,
  z.string({ error: missingOr("must be a string") }).regex(/\S/, { error: "must not be empty" }),
);

/** Documented optional id or text: null and blank read as absent, numbers as their text, other types are errors. */
const optionalString = z.preprocess(
  numberAsText,
  z
    .string({ error: "must be a string" })
    .nullish()
    .transform((value) => (value && /\S/.test(value) ? value : undefined)),
);

/**
 * Fields some payloads may carry but the docs do not promise: picked up when they
 * are non-empty strings and otherwise ignored, never a reason to refuse the event.
 */
const extraString = z
  .unknown()
  .optional()
  .transform((raw) => {
    const value = numberAsText(raw);
    return typeof value === "string" && /\S/.test(value) ? value : undefined;
  });

/** ISO 8601 date-time; one without a zone is read as UTC (never as server local time). */
const timestamp = z
  .string({ error: missingOr("must be an ISO 8601 timestamp") })
  .pipe(z.iso.datetime({ offset: true, local: true, error: "must be an ISO 8601 timestamp" }))
  .transform((value, ctx) => {
    const date = utcInstant(value);
    if (!Number.isNaN(date.getTime())) return date;
    ctx.issues.push({ code: "custom", message: "must be an ISO 8601 timestamp", input: value });
    return z.NEVER;
  });

export type ReadAmount = { amount: Decimal; rounded: boolean };

/**
 * An amount (JSON number, or decimal string) read by the shared money reader:
 * float noise and extra decimals are rounded half-even to cents (`rounded`, flagged
 * `amount-rounded` on the delivery); a value no money column can hold is refused.
 */
export const amountSchema = z.unknown().transform((value, ctx): ReadAmount | undefined => {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "number" && !Number.isFinite(value)) {
    ctx.issues.push({ code: "custom", message: "must be a finite number", input: value });
    return z.NEVER;
  }
  const read = readProviderAmount(value);
  if (!read.ok) {
    ctx.issues.push({ code: "custom", message: read.error, input: value });
    return z.NEVER;
  }
  return { amount: read.amount, rounded: read.rounded };
});

export const applicationEventSchema = z.object({
  createdAt: timestamp,
  applicationId: requiredId,
  lenderId: optionalString,
  /** Optional: null and absent read as no amount. */
  amount: amountSchema.optional(),
  reason: optionalString,
  accountId: optionalString,
  /** The confirmation token of checkout-confirmed / apply-confirmed. */
  token: optionalString,
  lenderName: extraString,
  merchantOrderId: extraString,
  merchantTransactionId: extraString,
});

/** The Consumer Confirmation notification: the one body without eventType or createdAt. */
export const consumerConfirmationSchema = z.object({
  applicationId: requiredId,
  confirmationToken: requiredId,
  // Documented, but the event still means something without it.
  accountToken: optionalString,
  linkId: optionalString,
  consumerId: optionalString,
});

/** An undocumented fact that is present but unreadable: flagged on the delivery, never a refusal. */
export const UNREADABLE = "unreadable" as const;

/** An undocumented amount: read like every amount when it can be, else UNREADABLE. */
const extraAmount = z
  .unknown()
  .optional()
  .transform((raw): ReadAmount | typeof UNREADABLE | undefined => {
    if (raw === undefined || raw === null || raw === "") return undefined;
    const read = readProviderAmount(raw);
    return read.ok ? { amount: read.amount, rounded: read.rounded } : UNREADABLE;
  });

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const isoDateTime = z.iso.datetime({ offset: true, local: true });

/** An undocumented deadline: a calendar day ("2026-12-10", due by its end) or an ISO date-time. */
const extraDeadline = z
  .unknown()
  .optional()
  .transform((raw): DisputeDeadline | typeof UNREADABLE | undefined => {
    if (raw === undefined || raw === null || raw === "") return undefined;
    const text = typeof raw === "string" ? raw.trim() : "";
    const instant = utcInstant(text);
    if (Number.isNaN(instant.getTime())) return UNREADABLE;
    if (ISO_DAY.test(text)) return instant.toISOString().startsWith(text) ? { day: text } : UNREADABLE;
    return isoDateTime.safeParse(text).success ? { at: instant } : UNREADABLE;
  });

export const disputeEventSchema = z.object({
  createdAt: timestamp,
  disputeId: requiredId,
  lenderDisputeId: optionalString,
  lenderId: optionalString,
  applicationId: extraString,
  // Not in the documented field list; read when a body carries them (some names vary).
  amount: extraAmount,
  disputeAmount: extraAmount,
  reason: extraString,
  responseDueDate: extraDeadline,
  dueDate: extraDeadline,
  outcome: extraString,
  resolution: extraString,
});

/** Post-sale fields are undocumented: only the time is read here; ids are looked up loosely. */
export const postSaleEventSchema = z.object({ createdAt: timestamp });

/** "field message" for the first problem, e.g. "applicationId is missing". */
export function describeIssue(error: z.ZodError): string {
  return describeFirstIssue(error, "body is invalid");
}
