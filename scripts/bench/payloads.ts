// Request bodies as the providers send them, each one unique so none is a duplicate.
import { signWgfPostback } from "../../lib/providers/wegetfinancing/signature";
import type { RequestParams } from "./load";

const WGF_STATUSES = ["approved", "preapproved", "rejected"] as const;

/** WeGetFinancing JSON 1.9 postbacks, flat and nested forms, signed with a current x-timestamp. */
export function wgfPostbacks(runId: string, credentials: { username: string; password: string }) {
  let sequence = 0;
  return (request: RequestParams): RequestParams => {
    const n = sequence++;
    const status = WGF_STATUSES[n % WGF_STATUSES.length]!;
    const token = `bench${runId}w${n}`;
    const order = `BENCH-${runId}-${n}`;
    // Every fourth one in the postback reference's nested form, the rest as in the integration guide.
    const payload =
      n % 4 === 3
        ? { version: "1.9", request_token: token, merchant_transaction_id: order, updates: { status } }
        : {
            version: "1.9",
            request_token: token,
            merchant_transaction_id: order,
            status,
            ...(status === "approved" ? { approved_amount: "499.00" } : {}),
          };
    const body = JSON.stringify(payload);
    const timestamp = String(Math.floor(Date.now() / 1000));
    request.body = body;
    request.headers = {
      ...request.headers,
      "content-type": "application/json",
      "x-timestamp": timestamp,
      "x-signature": signWgfPostback(body, credentials, timestamp),
    };
    return request;
  };
}

const CA_EVENTS = [
  "application.created",
  "application.prequalified",
  "application.approved",
  "application.pending-lender",
  "application.declined",
] as const;

/** ChargeAfter application events, each for its own application with its own createdAt. */
export function chargeAfterWebhooks(runId: string, authorization: string) {
  let sequence = 0;
  const base = Date.now();
  return (request: RequestParams): RequestParams => {
    const n = sequence++;
    const eventType = CA_EVENTS[n % CA_EVENTS.length]!;
    const createdAt = new Date(base + n).toISOString();
    const applicationId = `app_bench${runId}_${n}`;
    const lender = { lenderId: "lender_bench" };
    const payload: Record<string, unknown> = { eventType, createdAt, applicationId };
    if (eventType === "application.prequalified") Object.assign(payload, lender, { amount: 1500.0 });
    if (eventType === "application.approved") Object.assign(payload, lender, { amount: 1299.99 });
    if (eventType === "application.pending-lender") Object.assign(payload, lender, { reason: "Manual review" });
    if (eventType === "application.declined") Object.assign(payload, lender);
    request.body = JSON.stringify(payload);
    request.headers = { ...request.headers, "content-type": "application/json", authorization };
    return request;
  };
}
