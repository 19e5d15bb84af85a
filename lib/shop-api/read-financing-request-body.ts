// From the shop's body (WeGetFinancing's names) to the desk's financing request, checked by
// the desk's own rules; every problem is reported under the name the shop sent.
import {
  financingRequestSchema,
  type FinancingRequest,
  type FinancingRequestInput,
} from "@/lib/financing-requests/financing-request-schema";

import { financingRequestBodySchema, type FinancingRequestBody } from "./financing-request-body";
import { dotted, invalidRequest } from "./problem";

type AddressForm = "flat" | "nested";

/** How the shop spelled its addresses, to name a field the way it was sent. */
export type BodyNames = { billing: AddressForm; shipping: AddressForm };

/** The shop's return addresses, sent on to WeGetFinancing as they came. */
export type ReturnUrls = { success_url?: string; failure_url?: string };

export type ReadBody = {
  input: FinancingRequestInput;
  request: FinancingRequest;
  names: BodyNames;
  returnUrls: ReturnUrls;
};

const DETAIL = "Some fields are missing or not valid; see errors.";

/** The body checked whole, or a 400 ProblemError with one entry per field. */
export function readFinancingRequestBody(raw: unknown): ReadBody {
  const shape = financingRequestBodySchema.safeParse(raw);
  if (!shape.success) throw invalidRequest(shape.error, DETAIL);
  const body = shape.data;
  const names: BodyNames = {
    billing: body.billing_address ? "nested" : "flat",
    shipping: body.shipping_address ? "nested" : "flat",
  };
  const input = toDeskInput(body);
  const checked = financingRequestSchema.safeParse(input);
  if (!checked.success) throw invalidRequest(checked.error, DETAIL, (path) => shopFieldName(path, names));
  const returnUrls: ReturnUrls = {
    ...(body.success_url ? { success_url: body.success_url } : {}),
    ...(body.failure_url ? { failure_url: body.failure_url } : {}),
  };
  return { input, request: checked.data, names, returnUrls };
}

function toDeskInput(body: FinancingRequestBody): FinancingRequestInput {
  const flatShipping = [body.shipping_address1, body.shipping_city, body.shipping_state, body.shipping_zipcode];
  const shipping = body.shipping_address
    ? address(body.shipping_address)
    : flatShipping.some((v) => v !== undefined)
      ? flat(flatShipping)
      : undefined;
  return {
    merchantTransactionId: body.merchant_transaction_id,
    firstName: body.first_name,
    lastName: body.last_name,
    email: body.email,
    phone: body.phone,
    billing: body.billing_address
      ? address(body.billing_address)
      : flat([body.billing_address1, body.billing_city, body.billing_state, body.billing_zipcode]),
    ...(shipping ? { shipping } : {}),
    items: body.cart_items.map((item) => ({
      sku: item.sku,
      displayName: item.display_name,
      unitPrice: item.unit_price,
      quantity: item.quantity,
      ...(item.unit_tax !== undefined ? { unitTax: item.unit_tax } : {}),
      ...(item.category !== undefined ? { category: item.category } : {}),
    })),
    ...(body.shipping_amount !== undefined ? { shippingAmount: body.shipping_amount } : {}),
  } as FinancingRequestInput;
}

type Address = { street1: string; city: string; state: string; zipcode: string };

function address({ street1, city, state, zipcode }: Address): Address {
  return { street1, city, state, zipcode };
}

function flat([street1, city, state, zipcode]: (string | undefined)[]) {
  return { street1, city, state, zipcode } as Address;
}

const ITEM_FIELDS: Record<string, string> = {
  displayName: "display_name",
  unitPrice: "unit_price",
  unitTax: "unit_tax",
};
const TOP_FIELDS: Record<string, string> = {
  merchantTransactionId: "merchant_transaction_id",
  firstName: "first_name",
  lastName: "last_name",
  shippingAmount: "shipping_amount",
  items: "cart_items",
  form: "body",
};

/** A desk field's path ("billing.street1", "items.0.unitPrice") as the shop named it. */
export function shopFieldName(path: PropertyKey[], names: BodyNames): string {
  const [head, ...rest] = path.map(String);
  if (head === "billing" || head === "shipping") {
    const field = rest[0];
    if (!field) return `${head}_address`;
    if (names[head] === "nested") return `${head}_address.${field}`;
    return `${head}_${field === "street1" ? "address1" : field}`;
  }
  if (head === "items") return dotted(["cart_items", ...rest.map((part) => ITEM_FIELDS[part] ?? part)]);
  return dotted([TOP_FIELDS[head ?? ""] ?? head ?? "body", ...rest]);
}
