// The shapes a WGF postback body can take, and the one postback they all become.
import Decimal from "decimal.js";
import { z } from "zod";

export const WGF_STATUSES = ["approved", "preapproved", "rejected", "cancelled", "refund"] as const;
export type WgfStatus = (typeof WGF_STATUSES)[number];

export type WgfPostbackFormat = "json-1.9-flat" | "json-1.9-nested" | "json-1.0" | "form";

/** Every format normalised: what the rest of the module works with. */
export type WgfPostback = {
  format: WgfPostbackFormat;
  version?: string;
  requestToken: string;
  invId?: string;
  merchantTransactionId?: string;
  crlId?: string;
  /** A WgfStatus, or the lower-cased value WGF sent when we do not know it. */
  status: string;
  /** The status field exactly as sent (e.g. "AuthOnly"). */
  rawStatus: string;
  method?: string;
  amount?: Decimal;
};

/** Messages read "<field> is missing" / "<field> must be …" once the path is put in front. */
const mustBe = (what: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? "is missing" : `must be ${what}`;

/** Optional text (ids, method): blank and null mean absent, as PHP-style senders use them. */
const text = z
  .string({ error: mustBe("a string") })
  .nullish()
  .transform((value) => value?.trim() || undefined);

/** Status fields are required where they appear; an unknown value is still well-formed. */
const status = z.string({ error: mustBe("a string") }).trim().min(1, "must not be empty");

const version = z
  .union([z.string(), z.number()], { error: mustBe("a string") })
  .nullish()
  .transform((value) => (value === null || value === undefined ? undefined : String(value).trim() || undefined));

const AMOUNT_TEXT = /^\d+(\.\d+)?$/;

/**
 * Money, exact: a decimal string ("499.00") or a JSON number (499). A number is read
 * through its shortest decimal text, so a value that is not a whole number of cents
 * (49.999, or float noise like 0.30000000000000004) is rejected rather than rounded.
 */
const amount = z
  .union([z.string(), z.number()], { error: mustBe('a decimal amount such as "499.00"') })
  .nullish()
  .transform((value, ctx) => {
    if (value === null || value === undefined) return undefined;
    const source = typeof value === "number" ? String(value) : value.trim();
    if (source === "") return undefined;
    const problem = amountProblem(value, source);
    if (problem) {
      ctx.issues.push({ code: "custom", message: problem, input: value });
      return z.NEVER;
    }
    return new Decimal(source);
  });

function amountProblem(value: string | number, source: string): string | undefined {
  if (typeof value === "number" && !Number.isFinite(value)) return "must be a finite number";
  if (source.startsWith("-")) return "must not be negative";
  if (typeof value === "string" && !AMOUNT_TEXT.test(source)) return 'must be a decimal amount such as "499.00"';
  if (new Decimal(source).decimalPlaces() > 2) return "has more than 2 decimal places";
  return undefined;
}

const ids = {
  version,
  request_token: text,
  inv_id: text,
  merchant_transaction_id: text,
  crl_id: text,
};

/** 1.9 as in the integration guide: `status` and `approved_amount` at the top. */
export const wgfFlatSchema = z.looseObject({
  ...ids,
  status,
  approved_amount: amount,
  amount,
});

/** 1.9 as in the postback reference: `updates.status`, `updates.amount` (refunds). */
export const wgfNestedSchema = z.looseObject({
  ...ids,
  updates: z.looseObject(
    { status, amount, approved_amount: amount },
    { error: mustBe("an object with a status") },
  ),
});

/**
 * Legacy JSON 1.0 and the form-encoded 0.2/0.3 share their field names
 * (inv_id, inv_status, cust_id_ext, method). The status is checked by the parser,
 * because `method=void` needs none.
 */
export const wgfLegacySchema = z.looseObject({
  ...ids,
  cust_id_ext: text,
  function: text,
  method: text,
  inv_status: status.optional(),
  status: status.optional(),
  amount,
  approved_amount: amount,
  inv_amount: amount,
});

/** One readable line for the first problem zod found, naming the field. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "body does not match any WeGetFinancing postback format";
  const field = issue.path.join(".");
  return field ? `${field} ${issue.message}` : issue.message;
}
