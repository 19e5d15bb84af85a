// What staff enter for a phone or in-store sale, checked by WeGetFinancing's own rules
// (its PHP SDK): what it refuses is refused here in words; what it accepts is accepted.
// Money stays a decimal string.
import Decimal from "decimal.js";
import { z } from "zod";

import { fitsMoneyColumn, hasAtMostCents, MAX_AMOUNT, UNSIGNED_DECIMAL } from "@/lib/providers/shared/exact-money";

/** Bounds of our own, where WeGetFinancing states none (listed in the README's Limits). */
export const LIMITS = {
  textMax: 255,
  skuMax: 100,
  merchantTransactionIdMax: 255,
  quantityMax: 1_000_000,
  itemsMax: 500,
} as const;

const capital = (label: string) => `${label[0]!.toUpperCase()}${label.slice(1)}`;

/** Words for a value that is missing ("Enter …") or of another type ("… must be …"): never zod's own. */
const given = (missing: string, wrongType: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined || issue.input === null ? missing : wrongType),
});

/** Amounts staff type: at most two decimals (we refuse rather than truncate as the SDK does: staff see what is sent). */
const money = (label: string, { positive = false } = {}) =>
  z
    .string(given(`Enter ${label}.`, `${capital(label)} must be an amount written as text, like "499.00".`))
    .trim()
    .min(1, { error: `Enter ${label}.`, abort: true })
    .regex(UNSIGNED_DECIMAL, { error: `${capital(label)} must be an amount like 499.00.`, abort: true })
    .refine(hasAtMostCents, {
      error: `${capital(label)} must have at most two decimals (8.86, not 8.864).`,
      abort: true,
    })
    .refine((v) => fitsMoneyColumn(new Decimal(v)), {
      error: `${capital(label)} must be at most ${MAX_AMOUNT.toFixed(2)}.`,
      abort: true,
    })
    .refine((v) => !positive || new Decimal(v).gt(0), { error: `${capital(label)} must be more than 0.00.` });

const text = (label: string, { min = 2, max = LIMITS.textMax as number } = {}) =>
  z
    .string(given(`Enter ${label}.`, `${capital(label)} must be text.`))
    .trim()
    .min(1, { error: `Enter ${label}.`, abort: true })
    .min(min, { error: `${capital(label)} must be at least ${min} characters.`, abort: true })
    .max(max, { error: `${capital(label)} must be at most ${max} characters.` });

// RFC 5322 atext before the @ (what WeGetFinancing accepts: !#$%&'*+/=?^_`{|}~ too), a dotted domain after it.
const EMAIL =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/** A US address; `label` names it in messages ("the billing address"). */
const address = (label: string) =>
  z.object(
    {
      street1: text("the street"),
      city: text("the city"),
      state: z
        .string(given("Enter the state.", "The state must be text: the two-letter state code, e.g. NY."))
        .trim()
        .toUpperCase()
        .min(1, { error: "Enter the state.", abort: true })
        .regex(/^[A-Z]{2}$/, { error: "The state must be the two-letter state code, e.g. NY." }),
      zipcode: z
        .string(given("Enter the ZIP code.", "The ZIP code must be text, e.g. 10001."))
        .trim()
        .min(1, { error: "Enter the ZIP code.", abort: true })
        .regex(/^[0-9]{5}(-[0-9]{4})?$/, {
          error: "The ZIP code must be 5 digits, optionally followed by - and 4 digits (10001 or 10001-1234).",
        }),
    },
    given(`Enter ${label}.`, `${capital(label)} must be an object with street1, city, state and zipcode.`),
  );

/** "2" (a form field) reads as 2; anything else stays as given, for the schema to say what is wrong. */
function wholeNumberText(value: unknown): unknown {
  return typeof value === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value;
}

export const cartItemSchema = z.object(
  {
    sku: text("the SKU", { min: 1, max: LIMITS.skuMax }),
    displayName: text("the item name"),
    unitPrice: money("the unit price", { positive: true }),
    // An empty field (or null) is a missing quantity, not 0; "2" from a form reads as 2.
    quantity: z.preprocess(
      (value) => (value === null || (typeof value === "string" && !value.trim()) ? undefined : wholeNumberText(value)),
      z
        .number(given("Enter a quantity.", "The quantity must be a whole number, e.g. 2."))
        .int({ error: "The quantity must be a whole number." })
        .min(1, { error: "The quantity must be at least 1." })
        .max(LIMITS.quantityMax, { error: `The quantity must be at most ${LIMITS.quantityMax}.` }),
    ),
    unitTax: money("the tax per unit").default("0.00"),
    category: z
      .string({ error: "The category must be text." })
      .trim()
      .max(LIMITS.skuMax, { error: `The category must be at most ${LIMITS.skuMax} characters.` })
      .optional(),
  },
  given("Enter the item.", "Each item must be an object with sku, displayName, unitPrice and quantity."),
);

export const financingRequestSchema = z
  .object(
    {
      merchantTransactionId: z
        .string({ error: "The merchant transaction id must be text." })
        .trim()
        .max(LIMITS.merchantTransactionIdMax, {
          error: `The merchant transaction id must be at most ${LIMITS.merchantTransactionIdMax} characters.`,
        })
        // Spaces and # are fine (WeGetFinancing accepts them); control characters never are.
        .regex(/^[^\p{Cc}]*$/u, { error: "The merchant transaction id must not contain control characters." })
        .optional()
        .transform((v) => v || undefined),
      firstName: text("the first name"),
      lastName: text("the last name"),
      email: z
        .string(given("Enter the email address.", "The email address must be text, e.g. jane@example.com."))
        .trim()
        .min(1, { error: "Enter the email address.", abort: true })
        .max(254, { error: "The email address must be at most 254 characters.", abort: true })
        .regex(EMAIL, { error: "The email address is not valid: it needs one @ and a domain such as example.com." })
        .transform((v) => v.toLowerCase()),
      phone: z
        .string({ error: "The phone number must be text of 10 digits, e.g. 2125550123." })
        .trim()
        .transform((v) => v.replace(/[^\d]/g, ""))
        .refine((v) => v === "" || /^\d{10}$/.test(v), {
          error: "The phone number must have exactly 10 digits (or be left empty).",
        })
        .optional()
        .transform((v) => v || undefined),
      billing: address("the billing address"),
      shipping: address("the shipping address").optional(),
      items: z
        .array(cartItemSchema, given("Add at least one item.", "The items must be a list of cart items."))
        .min(1, { error: "Add at least one item." })
        .max(LIMITS.itemsMax, { error: `A request can have at most ${LIMITS.itemsMax} items.` }),
      shippingAmount: money("the shipping amount").default("0.00"),
    },
    { error: "Send the financing request as an object of fields (firstName, lastName, email, billing, items…)." },
  )
  .refine((request) => fitsMoneyColumn(requestTotal(request)), {
    error: `The total must be at most ${MAX_AMOUNT.toFixed(2)}.`,
    path: ["items"],
  });

function requestTotal(request: {
  items: { unitPrice: string; unitTax: string; quantity: number }[];
  shippingAmount: string;
}): Decimal {
  return request.items.reduce(
    (sum, item) => sum.plus(new Decimal(item.unitPrice).plus(item.unitTax).times(item.quantity)),
    new Decimal(request.shippingAmount),
  );
}

export type FinancingRequestInput = z.input<typeof financingRequestSchema>;
export type FinancingRequest = z.output<typeof financingRequestSchema>;
