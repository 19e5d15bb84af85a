// Every field of a financing request, missing, empty or of the wrong type, says what is wrong
// in words at its own path: never zod's "Invalid input: expected string, received undefined".
import { describe, expect, it } from "vitest";

import { financingRequestSchema } from "@/lib/financing-requests/financing-request-schema";

const valid = () => ({
  merchantTransactionId: "ORDER-1",
  firstName: "Jane",
  lastName: "Doe",
  email: "jane@example.com",
  phone: "2125550123",
  billing: { street1: "123 Main St", city: "New York", state: "NY", zipcode: "10001" },
  shipping: { street1: "1 Side St", city: "Newark", state: "NJ", zipcode: "07102" },
  items: [{ sku: "S1", displayName: "Sofa", unitPrice: "450.00", quantity: 1, unitTax: "36.00", category: "home" }],
  shippingAmount: "13.00",
});

const REQUIRED = [
  "firstName",
  "lastName",
  "email",
  "billing",
  "billing.street1",
  "billing.city",
  "billing.state",
  "billing.zipcode",
  "shipping.street1",
  "shipping.city",
  "shipping.state",
  "shipping.zipcode",
  "items",
  "items.0",
  "items.0.sku",
  "items.0.displayName",
  "items.0.unitPrice",
  "items.0.quantity",
];
const OPTIONAL = [
  "merchantTransactionId",
  "phone",
  "shipping",
  "items.0.unitTax",
  "items.0.category",
  "shippingAmount",
];

function withValue(path: string, value: unknown): Record<string, unknown> {
  const root = valid() as Record<string, unknown>;
  const keys = path.split(".");
  let node = root as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  if (value === undefined) delete node[keys.at(-1)!];
  else node[keys.at(-1)!] = value;
  return root;
}

function issuesAt(input: unknown) {
  const parsed = financingRequestSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((issue) => [issue.path.join("."), issue.message] as const);
}

const ZOD_WORDS = /Invalid input|expected|received|Required|NaN/;

describe("financingRequestSchema messages", () => {
  it("accepts the valid request it starts from", () => {
    expect(issuesAt(valid())).toEqual([]);
  });

  describe.each([...REQUIRED, ...OPTIONAL])("%s", (path) => {
    const optional = OPTIONAL.includes(path);
    it.each([
      ["missing", undefined],
      ["null", null],
      ["a number", 42],
      ["true", true],
      ["an object", { a: 1 }],
      ["a list", ["x"]],
    ])("%s: said at its own path, in words", (_kind, value) => {
      const issues = issuesAt(withValue(path, value));
      for (const [, message] of issues) expect(message).not.toMatch(ZOD_WORDS);
      if (value === undefined && optional) return expect(issues).toEqual([]);
      if (typeof value === "number" && path.endsWith("quantity")) return expect(issues).toEqual([]);
      expect(issues.length).toBeGreaterThan(0);
      expect(issues.every(([at]) => at === path || at.startsWith(`${path}.`))).toBe(true);
    });

    if (!optional && !["billing", "items", "items.0"].includes(path))
      it("empty text: asked for", () => {
        const issues = issuesAt(withValue(path, "  "));
        expect(issues).toEqual([[path, expect.stringMatching(/^(Enter|Add) /)]]);
      });
  });

  it.each([
    ["billing", undefined, "Enter the billing address."],
    ["items", undefined, "Add at least one item."],
    ["items.0.quantity", "", "Enter a quantity."],
    ["items.0.quantity", "two", "The quantity must be a whole number, e.g. 2."],
    ["items.0.quantity", "2", null],
    ["items.0.unitPrice", 450, 'The unit price must be an amount written as text, like "499.00".'],
    ["firstName", 7, "The first name must be text."],
    ["shipping", "same", "The shipping address must be an object with street1, city, state and zipcode."],
  ])("%s = %j: %s", (path, value, message) => {
    expect(issuesAt(withValue(path, value))).toEqual(message ? [[path, message]] : []);
  });

  it("a whole request that is not an object", () => {
    expect(issuesAt("hello")).toEqual([["", expect.stringMatching(/^Send the financing request as an object/)]]);
  });
});
