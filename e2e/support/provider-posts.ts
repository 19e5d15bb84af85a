// Deliveries as the providers send them, over the running server's HTTP, for browser tests.
import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";

import { signWgfPostback } from "../../lib/providers/wegetfinancing/signature";
import { CA_AUTHORIZATION, WGF_CREDENTIALS } from "../../test/provider-requests";

/** A WeGetFinancing postback (a JSON text, or an object to serialise), signed unless told otherwise. */
export function sendWgfPostback(request: APIRequestContext, body: string | object, { signed = true } = {}) {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (signed) {
    const timestamp = String(Math.floor(Date.now() / 1000));
    Object.assign(headers, {
      "x-timestamp": timestamp,
      "x-signature": signWgfPostback(text, WGF_CREDENTIALS, timestamp),
    });
  }
  return request.post("/api/postbacks/wegetfinancing", { data: text, headers });
}

/** A ChargeAfter webhook with the configured Authorization header. */
export function sendChargeAfterWebhook(request: APIRequestContext, body: object) {
  return request.post("/api/webhooks/chargeafter", { data: body, headers: { authorization: CA_AUTHORIZATION } });
}

/** The stored delivery's id from a receiver's answer, which must be 200. */
export async function acceptedDeliveryId(response: APIResponse | Promise<APIResponse>): Promise<string> {
  const answer = await response;
  expect(answer.status()).toBe(200);
  return ((await answer.json()) as { deliveryId: string }).deliveryId;
}

/** A signed WeGetFinancing postback that must be accepted: its stored delivery's id. */
export function deliverWgfPostback(request: APIRequestContext, body: string | object): Promise<string> {
  return acceptedDeliveryId(sendWgfPostback(request, body));
}

/** A ChargeAfter webhook that must be accepted: its stored delivery's id. */
export function deliverChargeAfterWebhook(request: APIRequestContext, body: object): Promise<string> {
  return acceptedDeliveryId(sendChargeAfterWebhook(request, body));
}
