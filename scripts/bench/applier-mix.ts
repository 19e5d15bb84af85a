// A realistic mix of deliveries for the applier benchmark, by cycles of ten around one
// WeGetFinancing request (its cart saved first) and one ChargeAfter application: new
// applications, status changes on existing ones (some older than what is stored), approvals
// that promote carts, a duplicate, a rejection after approval on the previous cycle's request.
export type MixDelivery = {
  provider: "WEGETFINANCING" | "CHARGEAFTER";
  path: "/api/postbacks/wegetfinancing" | "/api/webhooks/chargeafter";
  body: string;
};

export type ApplierMix = {
  deliveries: MixDelivery[];
  /** WeGetFinancing requests whose cart must exist before the approvals arrive (499.00 each). */
  carts: { requestToken: string; merchantTransactionId: string }[];
};

const WGF = "/api/postbacks/wegetfinancing" as const;
const CA = "/api/webhooks/chargeafter" as const;

export function applierMix(runId: string, count: number): ApplierMix {
  const deliveries: MixDelivery[] = [];
  const carts: ApplierMix["carts"] = [];
  const base = Date.parse("2026-11-02T10:00:00Z");
  const wgf = (c: number, status: string, extra: Record<string, unknown> = {}) => {
    const body = { version: "1.9", request_token: `ab${runId}t${c}`, merchant_transaction_id: `AB-${runId}-${c}` };
    return { provider: "WEGETFINANCING" as const, path: WGF, body: JSON.stringify({ ...body, status, ...extra }) };
  };
  const ca = (c: number, eventType: string, minute: number, extra: Record<string, unknown> = {}) => {
    const createdAt = new Date(base + c * 3_600_000 + minute * 60_000).toISOString();
    const body = { eventType, createdAt, applicationId: `app_ab${runId}_${c}`, ...extra };
    return { provider: "CHARGEAFTER" as const, path: CA, body: JSON.stringify(body) };
  };
  for (let c = 0; deliveries.length < count; c++) {
    carts.push({ requestToken: `ab${runId}t${c}`, merchantTransactionId: `AB-${runId}-${c}` });
    const approved = wgf(c, "approved", { approved_amount: "499.00" });
    deliveries.push(
      wgf(c, "preapproved"),
      ca(c, "application.created", 0),
      ca(c, "application.approved", 20, { lenderId: "lender_a", amount: 1299.99 }),
      approved,
      // Older than the approval stored just before: must not move the lender back.
      ca(c, "application.prequalified", 10, { lenderId: "lender_a", amount: 1500 }),
      approved,
      ca(c, "application.declined", 15, { lenderId: "lender_b" }),
      c > 0
        ? ca(c - 1, "application.pending-lender", 30, { lenderId: "lender_c", reason: "Manual review" })
        : ca(c, "application.pending-lender", 30, { lenderId: "lender_c", reason: "Manual review" }),
      c > 0 && c % 2 === 0 ? wgf(c - 1, "rejected") : ca(c + 1_000_000, "application.created", 0),
      ca(c, "application.declined", 40, { lenderId: "lender_c" }),
    );
  }
  return { deliveries: deliveries.slice(0, count), carts };
}

/** Inserts the carts the mix's approvals promote, in one statement. */
export const INSERT_CARTS_SQL = `
  INSERT INTO "PendingCart" (id, provider, "merchantTransactionId", "requestToken", "customerFirstName", "customerLastName",
                             "customerEmail", items, amount, "shippingAmount", "taxAmount")
  SELECT gen_random_uuid(), 'WEGETFINANCING', m, t, 'Ada', 'Lovelace', 'ada@example.com',
         '[{"sku":"SOFA-1","display_name":"Sofa","unit_price":"450.00","quantity":1}]'::jsonb, 450, 30, 19
  FROM unnest($1::text[], $2::text[]) AS c(t, m)
  ON CONFLICT DO NOTHING`;

export const cartParams = (mix: ApplierMix) => [
  mix.carts.map((c) => c.requestToken),
  mix.carts.map((c) => c.merchantTransactionId),
];
