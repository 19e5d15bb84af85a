// The body of POST /api/v1/financing-requests: WeGetFinancing's own Create Request fields, so
// a shop integrated with WeGetFinancing can point its code at the desk. The shape is read here
// (and documented in the OpenAPI from this schema); the rules are the desk's one set,
// financingRequestSchema, which follows WeGetFinancing's SDK. Addresses come flat, as in the
// integration guide (billing_address1, billing_city, …), or nested, as in the API reference.
import { z } from "zod";

import { LIMITS } from "@/lib/financing-requests/financing-request-schema";

const missingOr = (what: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? "This field is required." : `Must be ${what}.`;

const text = (example: string) => z.string({ error: missingOr("text") }).meta({ example });
const optionalText = (example: string) => text(example).optional();
/** Money as WeGetFinancing takes it: a decimal string ("499.00"); a JSON number is read too. */
const money = (example: string) =>
  z
    .union([z.string(), z.number()], { error: missingOr('an amount such as "499.00"') })
    .transform(String)
    .meta({ example, description: 'A decimal amount, as a string ("499.00"); at most two decimals.' });

const country = z
  .string()
  .regex(/^[Uu][Ss]$/, { error: "WeGetFinancing finances US addresses only: the country must be US." })
  .optional();

/** The customer's way back to the shop: an http(s) address. */
const returnUrl = z
  .url({ protocol: /^https?$/, error: "Must be an absolute http: or https: URL." })
  .max(2000, { error: "Use at most 2000 characters." });

const nestedAddress = z.object({
  street1: text("123 Main St"),
  city: text("New York"),
  state: text("NY").meta({ description: "The two-letter state code." }),
  zipcode: text("10001"),
  country,
});

const cartItem = z.object({
  sku: text("WID-001"),
  display_name: text("Super Widget"),
  unit_price: money("449.50"),
  quantity: z
    .union([z.number(), z.string()], { error: missingOr("a whole number") })
    .meta({ example: 2, description: "A whole number from 1." }),
  unit_tax: money("10.05").optional(),
  category: optionalText("furniture"),
});

export const financingRequestBodySchema = z
  .object({
    // Required here (the desk's form makes one up when left empty; a shop must name its sale).
    merchant_transaction_id: z
      .string({ error: missingOr("text") })
      .refine((v) => v.trim() !== "", { error: "Enter the merchant transaction id." })
      .meta({
        example: "ORDER-1001",
        description: `The shop's own id for this sale (at most ${LIMITS.merchantTransactionIdMax} characters); the approved order carries it.`,
      }),
    first_name: text("Jane"),
    last_name: text("Doe"),
    email: text("jane@example.com"),
    phone: optionalText("2125551234").meta({ description: "10 digits; punctuation is ignored." }),
    billing_address1: optionalText("123 Main St"),
    billing_city: optionalText("New York"),
    billing_state: optionalText("NY"),
    billing_zipcode: optionalText("10001"),
    billing_country: country,
    billing_address: nestedAddress.optional().meta({
      description: "The billing address nested, as WeGetFinancing's API reference has it (instead of the flat fields).",
    }),
    shipping_address1: optionalText("123 Main St"),
    shipping_city: optionalText("New York"),
    shipping_state: optionalText("NY"),
    shipping_zipcode: optionalText("10001"),
    shipping_country: country,
    shipping_address: nestedAddress
      .optional()
      .meta({ description: "The shipping address nested; none means the billing address." }),
    cart_items: z
      .array(cartItem, { error: missingOr("a list of cart items") })
      .meta({ description: `1 to ${LIMITS.itemsMax} items.` }),
    shipping_amount: money("19.99").optional(),
    success_url: returnUrl.optional().meta({
      example: "https://shop.example.com/thanks",
      description: "Where WeGetFinancing sends the customer after applying.",
    }),
    failure_url: returnUrl.optional().meta({
      example: "https://shop.example.com/cart",
      description: "Where WeGetFinancing sends a customer who leaves or is declined.",
    }),
  })
  .meta({
    id: "FinancingRequestBody",
    description:
      "WeGetFinancing's Create Request fields. Other fields it knows (amount, tax_amount, currency, version, postback_url) may be sent and are ignored: the desk sums the cart and gives WeGetFinancing its own postback URL.",
  });

export type FinancingRequestBody = z.output<typeof financingRequestBodySchema>;

/** The 201 answer: the request's id, and the href for WeGetFinancing's lightbox. */
export const financingRequestCreatedSchema = z
  .object({
    id: z.uuid().meta({ description: "The financing request's id (GET /api/v1/financing-requests/{id})." }),
    merchantTransactionId: z.string().meta({ example: "ORDER-1001" }),
    href: z
      .string()
      .meta({ description: "Open it in WeGetFinancing's lightbox.", example: "https://checkout.wegetfinancing.com/…" }),
    requestToken: z.string(),
    amount: z
      .string()
      .meta({ example: "939.39", description: "What the customer finances: items, their tax and shipping." }),
    status: z.literal("waiting"),
  })
  .meta({ id: "FinancingRequestCreated" });

export type FinancingRequestCreated = z.infer<typeof financingRequestCreatedSchema>;
