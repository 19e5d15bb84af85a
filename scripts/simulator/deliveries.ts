// One delivery the simulator sends, and how it becomes an HTTP request. WeGetFinancing
// postbacks are signed when sent (x-timestamp must be fresh); ChargeAfter webhooks carry
// the Authorization value the merchant chose.
import { signWgfPostback } from "../../lib/providers/wegetfinancing/signature";

export const WGF_PATH = "/api/postbacks/wegetfinancing";
export const CA_PATH = "/api/webhooks/chargeafter";

export type SigningPair = { username: string; password: string };

export type DeliveryAuth =
  { kind: "wgf"; credentials: SigningPair; forge?: boolean } | { kind: "ca"; authorization: string | null };

export type Delivery = {
  provider: "WEGETFINANCING" | "CHARGEAFTER";
  /** What it is, for the summary and for test failures, e.g. "application.approved". */
  label: string;
  body: string;
  contentType: string;
  auth: DeliveryAuth;
  /** The answer a correct receiver gives (README "Receiving postbacks and webhooks"): 200, or 400/401/415 for the deliberately invalid ones. */
  expect: { status: number; duplicate?: boolean };
  /** A resend of an earlier delivery (a provider retry), or sent later than it happened. */
  variant?: "duplicate" | "delayed" | "invalid";
};

export type Journey = { kind: string; deliveries: Delivery[] };

export function pathOf(delivery: Delivery): string {
  return delivery.provider === "WEGETFINANCING" ? WGF_PATH : CA_PATH;
}

/** The request as the provider would send it now. */
export function requestInit(delivery: Delivery, now = new Date()): RequestInit & { headers: Record<string, string> } {
  const headers: Record<string, string> = {
    "content-type": delivery.contentType,
    "user-agent": userAgent(delivery.provider),
  };
  if (delivery.auth.kind === "wgf") {
    const timestamp = String(Math.floor(now.getTime() / 1000));
    const signature = signWgfPostback(delivery.body, delivery.auth.credentials, timestamp);
    headers["x-timestamp"] = timestamp;
    // A forged delivery: signed with credentials nobody configured.
    headers["x-signature"] = delivery.auth.forge
      ? signWgfPostback(delivery.body, { username: "intruder", password: "guess" }, timestamp)
      : signature;
  } else if (delivery.auth.authorization !== null) {
    headers["authorization"] = delivery.auth.authorization;
  }
  return { method: "POST", headers, body: delivery.body };
}

/** The same delivery again, as a provider retry: same body, expected to be answered as a duplicate. */
export function resend(delivery: Delivery): Delivery {
  return { ...delivery, variant: "duplicate", expect: { status: 200, duplicate: true } };
}

export function jsonDelivery(
  provider: Delivery["provider"],
  label: string,
  body: unknown,
  auth: DeliveryAuth,
): Delivery {
  return {
    provider,
    label,
    body: JSON.stringify(body),
    contentType: "application/json",
    auth,
    expect: { status: 200, duplicate: false },
  };
}

function userAgent(provider: Delivery["provider"]): string {
  return provider === "WEGETFINANCING"
    ? "WeGetFinancing-Postback/1.9 (simulator)"
    : "ChargeAfter-Webhooks/2.0 (simulator)";
}
