// The shapes a WGF postback body can take, and the one postback they all become.
import type Decimal from "decimal.js";
import { z } from "zod";

import { describeFirstIssue } from "@/lib/providers/shared/describe-issues";
import { readProviderAmount } from "@/lib/providers/shared/read-provider-amount";

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
  /** Rounded half-even to cents. */
  amount?: Decimal;
  /** The amount as WGF wrote it, when it had more than two decimals (flagged "amount-rounded"). */
  amountExact?: string;
};

/** An amount as read: rounded to cents, and whether that changed it. */
export type WgfAmount = { amount: Decimal; rounded: boolean; exact: string };

/** Messages read "<field> is missing" / "<field> must be …" once the path is put in front. */
const mustBe = (what: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? "is missing" : `must be ${what}`;

/**
 * Optional text (ids, method): blank and null mean absent, as PHP-style senders use them.
 * A JSON number (a Magento quote id as merchant_transaction_id) is read as its decimal string.
 */
const text = z
  .union([z.string(), z.number()], { error: mustBe("a string") })
  .nullish()
  .transform((value, ctx) => {
    if (typeof value === "number") {
      if (Number.isFinite(value)) return String(value);
      ctx.issues.push({ code: "custom", message: "must be a string", input: value });
      return z.NEVER;
    }
    return value?.trim() || undefined;
  });

/** Status fields are required where they appear; an unknown value is still well-formed. */
const status = z
  .string({ error: mustBe("a string") })
  .trim()
  .min(1, "must not be empty");

const version = z
  .union([z.string(), z.number()], { error: mustBe("a string") })
  .nullish()
  .transform((value) => (value === null || value === undefined ? undefined : String(value).trim() || undefined));

/**
 * Money: a decimal string ("499.00") or a JSON number (499). More than two decimals
 * ("999.666", float noise like 1234.5600000000002) is applied rounded half-even to cents
 * and flagged; the exact value stays in the stored body. What no column can hold is unreadable.
 */
const amount = z
  .union([z.string(), z.number()], { error: mustBe('a decimal amount such as "499.00"') })
  .nullish()
  .transform((value, ctx): WgfAmount | undefined => {
    if (value === null || value === undefined) return undefined;
    if (typeof value === "string" && value.trim() === "") return undefined;
    const read = readProviderAmount(value);
    if (!read.ok) {
      ctx.issues.push({ code: "custom", message: read.error, input: value });
      return z.NEVER;
    }
    return { amount: read.amount, rounded: read.rounded, exact: read.exact };
  });

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
  updates: z.looseObject({ status, amount, approved_amount: amount }, { error: mustBe("an object with a status") }),
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
  return describeFirstIssue(error, "body does not match any WeGetFinancing postback format");
}
