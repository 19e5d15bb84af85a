// Shop API test builders: a key of a scope, requests as a shop's server sends them, and
// the integration guide's Create Request body.
import { createApiKey } from "../lib/api-keys/create-api-key";

const admin = { id: null, email: "admin@example.com" };

export async function shopKey(scope: "read" | "write" = "write", name = `shop-${scope}`): Promise<string> {
  return (await createApiKey({ name, scope }, admin)).key;
}

type Options = { key?: string; body?: unknown; headers?: Record<string, string>; method?: string };

export function shopRequest(path: string, { key, body, headers = {}, method }: Options = {}): Request {
  return new Request(`http://desk.test/api/v1${path}`, {
    method: method ?? (body === undefined ? "GET" : "POST"),
    headers: {
      ...(key ? { authorization: `Bearer ${key}` } : {}),
      ...(body === undefined ? {} : { "content-type": "application/json" }),
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
}

/** Route handler context for a route without dynamic segments, or with these params. */
export const routeContext = <P extends object = Record<string, never>>(params = {} as P) => ({
  params: Promise.resolve(params),
});

/** The Create Request body of WeGetFinancing's integration guide (flat addresses). */
export const guideBody = (overrides: Record<string, unknown> = {}) => ({
  merchant_transaction_id: "ORDER-1001",
  first_name: "Jane",
  last_name: "Doe",
  email: "jane@example.com",
  phone: "212-555-1234",
  billing_address1: "123 Main St",
  billing_city: "New York",
  billing_state: "NY",
  billing_zipcode: "10001",
  shipping_address1: "500 Market St",
  shipping_city: "San Francisco",
  shipping_state: "CA",
  shipping_zipcode: "94105",
  cart_items: [
    { sku: "WID-001", display_name: "Super Widget", unit_price: "449.50", quantity: 2, unit_tax: "10.05" },
    { sku: "CAB-9", display_name: "Cable", unit_price: "0.10", quantity: 3 },
  ],
  shipping_amount: "19.99",
  ...overrides,
});
