// zod schemas for the documented fields of ChargeAfter webhook bodies. The whole
// body is kept as the event's data; these only read what the domain needs.
import Decimal from "decimal.js";
import { z } from "zod";

// Messages complete a sentence that starts with the field name ("amount must …").
const missingOr = (message: string) => (issue: { input: unknown }) =>
  issue.input === undefined || issue.input === null ? "is missing" : message;

const requiredId = z.string({ error: missingOr("must be a string") }).regex(/\S/, { error: "must not be empty" });

/** Documented optional id or text: null and blank read as absent, other types are errors. */
const optionalString = z
  .string({ error: "must be a string" })
  .nullish()
  .transform((value) => (value && /\S/.test(value) ? value : undefined));

/**
 * Fields some payloads may carry but the docs do not promise: picked up when they
 * are non-empty strings and otherwise ignored, never a reason to refuse the event.
 */
const extraString = z.unknown().optional().transform((value) => (typeof value === "string" && /\S/.test(value) ? value : undefined));

const zoneDesignator = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;

/** ISO 8601 date-time; one without a zone is read as UTC (never as server local time). */
const timestamp = z
  .string({ error: missingOr("must be an ISO 8601 timestamp") })
  .pipe(z.iso.datetime({ offset: true, local: true, error: "must be an ISO 8601 timestamp" }))
  .transform((value, ctx) => {
    const date = new Date(zoneDesignator.test(value) ? value : `${value}Z`);
    if (!Number.isNaN(date.getTime())) return date;
    ctx.issues.push({ code: "custom", message: "must be an ISO 8601 timestamp", input: value });
    return z.NEVER;
  });

/**
 * A JSON number turned into an exact Decimal at once. String(n) is the shortest
 * round-trip form of the double, exact for any amount written with ≤ 2 decimals.
 */
export const amountSchema = z
  // JSON.parse turns 1e400 into Infinity; zod refuses non-finite numbers.
  .number({ error: (issue) => (typeof issue.input === "number" ? "must be a finite number" : "must be a number") })
  .refine((n) => n >= 0, { error: "must not be negative" })
  .refine((n) => new Decimal(String(n)).decimalPlaces() <= 2, { error: "must have at most 2 decimal places" })
  .transform((n) => new Decimal(String(n)));

export const applicationEventSchema = z.object({
  createdAt: timestamp,
  applicationId: requiredId,
  lenderId: optionalString,
  amount: amountSchema.nullish().transform((value) => value ?? undefined),
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

export const disputeEventSchema = z.object({
  createdAt: timestamp,
  disputeId: requiredId,
  lenderDisputeId: optionalString,
  lenderId: optionalString,
  applicationId: extraString,
});

/** Post-sale fields are undocumented: only the time is read here; ids are looked up loosely. */
export const postSaleEventSchema = z.object({ createdAt: timestamp });

/** "field message" for the first problem, e.g. "applicationId is missing". */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "body is invalid";
  const field = issue.path.map(String).join(".");
  return field ? `${field} ${issue.message}` : issue.message;
}
