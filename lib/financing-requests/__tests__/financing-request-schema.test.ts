// The request schema against WeGetFinancing's own rules (its PHP SDK), with the issue's cases.
import { describe, expect, it } from "vitest";

import {
  financingRequestSchema,
  LIMITS,
  type FinancingRequestInput,
} from "@/lib/financing-requests/financing-request-schema";

const address = { street1: "123 Main St", city: "New York", state: "NY", zipcode: "10001" };
/** The billing address with one field changed. */
const billing = (change: Partial<typeof address>) => ({ billing: { ...address, ...change } });
const item = { sku: "WID-001", displayName: "Super Widget", unitPrice: "499.00", quantity: 1 };
const sale = (overrides: Record<string, unknown> = {}): FinancingRequestInput =>
  ({
    firstName: "Jane",
    lastName: "Doe",
    email: "jane@example.com",
    billing: address,
    items: [item],
    ...overrides,
  }) as FinancingRequestInput;

/** Every message, by field path. */
function problems(input: FinancingRequestInput): Record<string, string[]> {
  const parsed = financingRequestSchema.safeParse(input);
  if (parsed.success) return {};
  const out: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (out[issue.path.join(".")] ??= []).push(issue.message);
  return out;
}

describe("financingRequestSchema: refuses what WeGetFinancing refuses, in words", () => {
  it.each([
    ["firstName", { firstName: "J" }, "The first name must be at least 2 characters."],
    ["lastName", { lastName: "D" }, "The last name must be at least 2 characters."],
    ["billing.street1", billing({ street1: "x" }), "The street must be at least 2 characters."],
    ["billing.city", billing({ city: "y" }), "The city must be at least 2 characters."],
    ["items.0.displayName", { items: [{ ...item, displayName: "1" }] }, "The item name must be at least 2 characters."],
    ["items.0.unitPrice", { items: [{ ...item, unitPrice: "0.00" }] }, "The unit price must be more than 0.00."],
    ["items.0.quantity", { items: [{ ...item, quantity: -2 }] }, "The quantity must be at least 1."],
    ["items.0.quantity", { items: [{ ...item, quantity: 1.5 }] }, "The quantity must be a whole number."],
    ["billing.state", billing({ state: "New York" }), "The state must be the two-letter state code, e.g. NY."],
    [
      "billing.zipcode",
      billing({ zipcode: "1000" }),
      "The ZIP code must be 5 digits, optionally followed by - and 4 digits (10001 or 10001-1234).",
    ],
    ["phone", { phone: "01234567890" }, "The phone number must have exactly 10 digits (or be left empty)."],
    [
      "email",
      { email: "invalid-email" },
      "The email address is not valid: it needs one @ and a domain such as example.com.",
    ],
    [
      "items.0.unitPrice",
      { items: [{ ...item, unitPrice: "8.86432" }] },
      "The unit price must have at most two decimals (8.86, not 8.864).",
    ],
    [
      "items.0.unitPrice",
      { items: [{ ...item, unitPrice: "1000000000000.00" }] },
      "The unit price must be at most 999999999999.99.",
    ],
  ])("%s: %j", (path, overrides, message) => {
    expect(problems(sale(overrides))[path]).toEqual([message]);
  });

  it("says what is wrong with a name that is too long, not 'Enter the first name.'", () => {
    expect(problems(sale({ firstName: "J".repeat(LIMITS.textMax + 1) })).firstName).toEqual([
      `The first name must be at most ${LIMITS.textMax} characters.`,
    ]);
    expect(problems(sale({ firstName: undefined })).firstName).toEqual(["Enter the first name."]);
    expect(problems(sale({ firstName: "" })).firstName).toEqual(["Enter the first name."]);
  });
});

describe("financingRequestSchema: accepts what WeGetFinancing accepts", () => {
  it("emails with !#$%&*/=?^{|}~ before the @", () => {
    const parsed = financingRequestSchema.parse(sale({ email: "a!#$%&*/=?^{|}~b@example.com" }));
    expect(parsed.email).toBe("a!#$%&*/=?^{|}~b@example.com");
  });

  it("transaction ids with spaces or #, names over 100 characters, quantities over 999, more than 50 lines", () => {
    const lines = Array.from({ length: 51 }, (_, i) => ({ ...item, sku: `SKU-${i}` }));
    const parsed = financingRequestSchema.parse(
      sale({
        merchantTransactionId: "Order #1001 A",
        firstName: "J".repeat(150),
        items: [{ ...item, quantity: 1500 }, ...lines.slice(1)],
      }),
    );
    expect([
      parsed.merchantTransactionId,
      parsed.firstName.length,
      parsed.items[0]!.quantity,
      parsed.items.length,
    ]).toEqual(["Order #1001 A", 150, 1500, 51]);
  });

  it("an empty phone, a ZIP+4, a lower-case state; quantity as form text becomes an integer", () => {
    const parsed = financingRequestSchema.parse(
      sale({
        phone: "",
        billing: { street1: "12", city: "NY", state: "ny", zipcode: "10001-1234" },
        items: [{ ...item, quantity: "3" }],
      }),
    );
    expect([parsed.phone, parsed.billing.state, parsed.billing.zipcode, parsed.items[0]!.quantity]).toEqual([
      undefined,
      "NY",
      "10001-1234",
      3,
    ]);
  });

  it("keeps its own bounds: items, quantity, the total", () => {
    expect(problems(sale({ items: Array.from({ length: LIMITS.itemsMax + 1 }, () => item) })).items).toEqual([
      `A request can have at most ${LIMITS.itemsMax} items.`,
    ]);
    expect(problems(sale({ items: [{ ...item, quantity: LIMITS.quantityMax + 1 }] }))["items.0.quantity"]).toEqual([
      `The quantity must be at most ${LIMITS.quantityMax}.`,
    ]);
    expect(problems(sale({ items: [{ ...item, unitPrice: "999999999999.00", quantity: 2 }] })).items).toEqual([
      "The total must be at most 999999999999.99.",
    ]);
    expect(problems(sale({ merchantTransactionId: "ORDER\u00001" })).merchantTransactionId).toEqual([
      "The merchant transaction id must not contain control characters.",
    ]);
  });
});
