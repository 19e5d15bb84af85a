// One record of ChargeAfter's funding report (GET /v2/post-sale/fundings/report), read
// into the domain's language: exact Decimal amounts, Date instants, null for absent text.
// The same schema reads records from an uploaded report file, where every value may
// arrive as a string (CSV) instead of a JSON number.
import Decimal from "decimal.js";
import { z } from "zod";

export const FUNDING_STATUSES = [
  "RECONCILED",
  "TYPE_MISMATCH",
  "AMOUNT_MISMATCH",
  "MISSING",
  "ORIGINAL_TRANSACTION_MISSING",
  // Legacy values, still present in older records.
  "UNRECONCILED",
  "MISMATCHED",
  "CHARGEBACK",
] as const;
export type FundingStatus = (typeof FUNDING_STATUSES)[number];

export const TRANSACTION_TYPES = ["Authorize", "Settle", "Refund", "Void", "Chargeback", "Reversal"] as const;
export const PRODUCT_TYPES = ["LineOfCredit", "Installments", "LeaseToOwn", "MerchantSelfFinancing"] as const;

/** Every field of a report record, in the provider's names. */
export const FUNDING_RECORD_FIELDS = [
  "chargeId",
  "transactionId",
  "transactionType",
  "transactionDate",
  "transactionAmount",
  "discountAmount",
  "netAmount",
  "fundedAt",
  "updatedAt",
  "status",
  "lenderName",
  "lenderReferenceId",
  "merchantOrderId",
  "merchantTransactionId",
  "productType",
  "promoCode",
  "firstName",
  "lastName",
  "email",
] as const;
export type FundingRecordField = (typeof FUNDING_RECORD_FIELDS)[number];

export type FundingRecordInput = {
  transactionId: string;
  chargeId: string;
  transactionType: string;
  transactionDate: Date;
  transactionAmount: Decimal;
  discountAmount: Decimal;
  netAmount: Decimal;
  fundedAt: Date | null;
  updatedAt: Date;
  status: string;
  lenderName: string | null;
  lenderReferenceId: string | null;
  merchantOrderId: string | null;
  merchantTransactionId: string | null;
  productType: string | null;
  promoCode: string | null;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
};

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === "string" && value.trim() === "");
const missingOr = (message: string) => (issue: { input: unknown }) => (isBlank(issue.input) ? "is missing" : message);

const requiredText = (max: number) =>
  z
    .string({ error: missingOr("must be text") })
    .trim()
    .min(1, { error: "is missing" })
    .max(max, { error: `is longer than ${max} characters` });

const optionalText = (max: number) =>
  z.preprocess(
    (value) => (isBlank(value) ? null : typeof value === "number" ? String(value) : value),
    z.string({ error: "must be text" }).trim().max(max, { error: `is longer than ${max} characters` }).nullable(),
  );

/** A code such as RECONCILED or Settle: letters, digits and underscores. */
const code = requiredText(64).regex(/^[A-Za-z][A-Za-z0-9_]*$/, { error: (issue) => `"${String(issue.input)}" is not a valid value` });

const DECIMAL_TEXT = /^-?\d{1,12}(\.\d{1,2})?$/;
/** Largest magnitude a Decimal(14,2) column holds. */
const MAX_AMOUNT = new Decimal("999999999999.99");

/**
 * An amount, exact: a JSON number becomes `new Decimal(String(n))` (String gives the shortest
 * round-trip form of the double, exact for amounts written with ≤ 2 decimals); a string must be a
 * plain decimal. More than 2 decimals is refused rather than rounded: money is never guessed.
 */
const amount = z
  .union([z.number({ error: "must be a number" }), z.string({ error: "must be a number" })], { error: missingOr("must be a number") })
  .transform((value, ctx) => {
    const text = typeof value === "number" ? String(value) : value.trim();
    if (typeof value === "number" && !Number.isFinite(value)) return invalid(ctx, "must be a finite number");
    if (text === "") return invalid(ctx, "is missing");
    if (typeof value === "string" && !/^-?\d+(\.\d+)?$/.test(text)) return invalid(ctx, `"${value}" is not a plain decimal such as 1299.99`);
    const decimal = new Decimal(text);
    if (decimal.decimalPlaces() > 2) return invalid(ctx, `${text} has more than 2 decimal places`);
    if (decimal.abs().greaterThan(MAX_AMOUNT)) return invalid(ctx, `${text} is too large`);
    return decimal;
  });

function invalid(ctx: z.RefinementCtx, message: string): never {
  ctx.addIssue({ code: "custom", message });
  return z.NEVER as never;
}

const ZONE = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** ISO 8601: a date-time (without a zone it is read as UTC, never as server time) or a bare date (UTC midnight). */
const instant = z.string({ error: missingOr("must be an ISO 8601 date-time") }).transform((value, ctx) => {
  const text = value.trim();
  if (text === "") return invalid(ctx, "is missing");
  const isDateTime = z.iso.datetime({ offset: true, local: true }).safeParse(text).success;
  if (!isDateTime && !DAY.test(text)) return invalid(ctx, `"${value}" is not an ISO 8601 date-time`);
  const date = new Date(DAY.test(text) ? `${text}T00:00:00Z` : ZONE.test(text) ? text : `${text}Z`);
  if (Number.isNaN(date.getTime())) return invalid(ctx, `"${value}" is not a date in the calendar`);
  return date;
});

const optionalInstant = z.preprocess((value) => (isBlank(value) ? null : value), instant.nullable());

export const fundingRecordSchema = z.object({
  transactionId: requiredText(200),
  // A MISSING record is a lender transaction nobody matched: it may carry no charge.
  chargeId: optionalText(200).transform((value) => value ?? ""),
  transactionType: code,
  transactionDate: instant,
  transactionAmount: amount,
  discountAmount: amount,
  netAmount: amount,
  fundedAt: optionalInstant,
  updatedAt: instant,
  status: code.transform((value) => value.toUpperCase()),
  lenderName: optionalText(200),
  lenderReferenceId: optionalText(200),
  merchantOrderId: optionalText(200),
  merchantTransactionId: optionalText(200),
  productType: optionalText(64),
  promoCode: optionalText(200),
  firstName: optionalText(200),
  lastName: optionalText(200),
  email: optionalText(320),
}) satisfies z.ZodType<FundingRecordInput, unknown>;

export type ParsedFundingRecord = { ok: true; record: FundingRecordInput } | { ok: false; transactionId: string | null; reasons: string[] };

/** Reads one record; on failure, every reason in words ("transactionAmount: 10.005 has more than 2 decimal places"). */
export function parseFundingRecord(raw: unknown): ParsedFundingRecord {
  const parsed = fundingRecordSchema.safeParse(raw);
  if (parsed.success) return { ok: true, record: parsed.data };
  const transactionId = typeof raw === "object" && raw !== null && "transactionId" in raw ? (raw as { transactionId: unknown }).transactionId : null;
  const reasons = parsed.error.issues.map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message));
  return { ok: false, transactionId: typeof transactionId === "string" && transactionId.trim() ? transactionId.trim() : null, reasons };
}
