// One record of ChargeAfter's funding report (GET /v2/post-sale/fundings/report), read
// into the domain's language: exact Decimal amounts, Date instants, null for absent text.
// The same schema reads records from an uploaded report file, where every value may
// arrive as a string (CSV) instead of a JSON number.
import Decimal from "decimal.js";
import { z } from "zod";

import { describeIssues } from "@/lib/providers/shared/describe-issues";
import { fitsMoneyColumn, plainDecimalText, toCents } from "@/lib/providers/shared/exact-money";
import { utcInstant } from "@/lib/providers/shared/iso-instant";
import { MAX_DAY, MIN_DAY } from "@/lib/search-params/limits";

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
  /**
   * The exact text of each amount the report wrote with more than two decimals (the
   * amount columns hold it rounded half-even to cents); absent or null when none did.
   */
  amountsExact?: Partial<Record<AmountField, string>> | null;
};

export const AMOUNT_FIELDS = ["transactionAmount", "discountAmount", "netAmount"] as const;
export type AmountField = (typeof AMOUNT_FIELDS)[number];

const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === "string" && value.trim() === "");

// Each field is one transform over `unknown` rather than a chain of zod schemas: a sync reads
// tens of thousands of records a second, and this is several times faster with the same messages.
type Ctx = z.RefinementCtx;

/** Thrown by a field reader and turned into that field's issue by `field`. */
class FieldProblem {
  constructor(readonly message: string) {}
}

function invalid(_ctx: Ctx, message: string): never {
  throw new FieldProblem(message);
}

const field = <T>(read: (value: unknown, ctx: Ctx) => T) =>
  z.unknown().transform((value, ctx): T => {
    try {
      return read(value, ctx);
    } catch (error) {
      if (!(error instanceof FieldProblem)) throw error;
      ctx.addIssue({ code: "custom", message: error.message });
      return z.NEVER as never;
    }
  });

function readText(value: unknown, ctx: Ctx, max: number): string {
  if (typeof value !== "string") return invalid(ctx, isBlank(value) ? "is missing" : "must be text");
  if (value.length > max) return invalid(ctx, `is longer than ${max} characters`);
  return value;
}

const requiredText = (max: number) =>
  field((value, ctx) => {
    const text = readText(value, ctx, max).trim();
    return text === "" ? invalid(ctx, "is missing") : text;
  });

/** Kept as sent (no trimming): the export must give back exactly what the report said. */
const optionalText = (max: number) =>
  field((value, ctx): string | null => {
    if (isBlank(value)) return null;
    return readText(typeof value === "number" ? String(value) : value, ctx, max);
  });

const CODE = /^[A-Za-z][A-Za-z0-9_]*$/;
/** A code such as RECONCILED or Settle: letters, digits and underscores. */
const code = field((value, ctx) => {
  const text = readText(value, ctx, 64).trim();
  if (text === "") return invalid(ctx, "is missing");
  return CODE.test(text) ? text : invalid(ctx, `"${text}" is not a valid value`);
});

const MONEY = /^-?\d{1,12}(\.\d{1,2})?$/;

/**
 * An amount in cents: a JSON number becomes `new Decimal(String(n))` (the shortest round-trip
 * form of the double); a string must be a plain decimal. More than 2 decimals (a lender's
 * sub-cent figure, float noise) is rounded half-even to cents here and its exact text kept in
 * `amountsExact` by parseFundingRecord; only what no column can hold is refused.
 */
const amount = field((value, ctx) => {
  if (typeof value === "number" && !Number.isFinite(value)) return invalid(ctx, "must be a finite number");
  if (typeof value !== "number" && typeof value !== "string")
    return invalid(ctx, isBlank(value) ? "is missing" : "must be a number");
  const raw = typeof value === "number" ? String(value) : value.trim();
  if (raw === "") return invalid(ctx, "is missing");
  if (MONEY.test(raw)) return new Decimal(raw);
  const text = plainDecimalText(value);
  if (text === undefined) return invalid(ctx, `"${value}" is not a plain decimal such as 1299.99`);
  const cents = toCents(new Decimal(text));
  return fitsMoneyColumn(cents) ? cents : invalid(ctx, `${raw} is too large`);
});

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)?)?$/i;

/** ISO 8601: a date-time (without a zone it is read as UTC, never as server time) or a bare date (UTC midnight). */
function readInstant(value: unknown, ctx: Ctx): Date {
  if (typeof value !== "string") return invalid(ctx, isBlank(value) ? "is missing" : "must be an ISO 8601 date-time");
  const text = value.trim();
  if (text === "") return invalid(ctx, "is missing");
  const match = DATE_TIME.exec(text);
  if (!match) return invalid(ctx, `"${value}" is not an ISO 8601 date-time`);
  const [, y, m, d] = match;
  const date = utcInstant(text);
  const day = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  const realDay =
    day.getUTCFullYear() === Number(y) && day.getUTCMonth() === Number(m) - 1 && day.getUTCDate() === Number(d);
  if (!realDay || Number.isNaN(date.getTime())) return invalid(ctx, `"${value}" is not a date in the calendar`);
  const ymd = `${y}-${m}-${d}`;
  if (ymd < MIN_DAY || ymd > MAX_DAY) return invalid(ctx, `"${value}" is outside ${MIN_DAY} … ${MAX_DAY}`);
  return date;
}

const instant = field(readInstant);
const optionalInstant = field((value, ctx) => (isBlank(value) ? null : readInstant(value, ctx)));

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

export type ParsedFundingRecord =
  { ok: true; record: FundingRecordInput } | { ok: false; transactionId: string | null; reasons: string[] };

/** Reads one record; on failure, every reason in words ("transactionAmount: 10.005 has more than 2 decimal places"). */
export function parseFundingRecord(raw: unknown): ParsedFundingRecord {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    return { ok: false, transactionId: null, reasons: ["is not a record (expected an object)"] };
  // Every field present (absent as undefined), so each field's reader decides what absent means.
  const input: Record<string, unknown> = {};
  for (const name of FUNDING_RECORD_FIELDS) input[name] = (raw as Record<string, unknown>)[name];
  const parsed = fundingRecordSchema.safeParse(input);
  if (parsed.success) {
    const amountsExact: Partial<Record<AmountField, string>> = {};
    for (const name of AMOUNT_FIELDS) {
      const text = plainDecimalText(input[name]);
      if (text !== undefined && new Decimal(text).decimalPlaces() > 2) amountsExact[name] = text;
    }
    return { ok: true, record: Object.keys(amountsExact).length ? { ...parsed.data, amountsExact } : parsed.data };
  }
  const transactionId =
    typeof raw === "object" && raw !== null && "transactionId" in raw
      ? (raw as { transactionId: unknown }).transactionId
      : null;
  const reasons = describeIssues(parsed.error, { separator: ": " });
  return {
    ok: false,
    transactionId: typeof transactionId === "string" && transactionId.trim() ? transactionId.trim() : null,
    reasons,
  };
}
