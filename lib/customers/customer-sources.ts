// Where a customer fact may come from, best first: the merchant's own cart (what the
// customer typed at checkout), the lender's funding report, then what a webhook carried.
// A fact is replaced only by a better source (lower rank); the first of equals stays.
export const CUSTOMER_SOURCES = {
  cart: { rank: 1, label: "financing request's cart" },
  "funding-report": { rank: 2, label: "funding report" },
  "chargeafter-event": { rank: 3, label: "ChargeAfter event" },
  "wgf-postback": { rank: 3, label: "WeGetFinancing postback" },
} as const;

export type CustomerSource = keyof typeof CUSTOMER_SOURCES;

/** The facts whose source is recorded in Application.customerSources. */
export const CUSTOMER_FIELDS = ["name", "email", "phone"] as const;
export type CustomerField = (typeof CUSTOMER_FIELDS)[number];

export function isCustomerSource(value: unknown): value is CustomerSource {
  return typeof value === "string" && Object.hasOwn(CUSTOMER_SOURCES, value);
}

/** SQL: the rank of the source named by a text expression (unknown: 99). */
export function sourceRankSql(expr: string): string {
  const cases = Object.entries(CUSTOMER_SOURCES).map(([name, { rank }]) => `WHEN '${name}' THEN ${rank}`);
  return `(CASE ${expr} ${cases.join(" ")} ELSE 99 END)`;
}
