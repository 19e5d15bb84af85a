// Builds provider requests as the providers send them, correctly signed unless told otherwise.
import { readFileSync } from "node:fs";
import path from "node:path";

import { resetEnvCache } from "../lib/config/env";
import { signWgfPostback } from "../lib/providers/wegetfinancing/signature";

export const WGF_CREDENTIALS = { username: "dhd_user", password: "dhd-secret-password" };
export const WGF_PREVIOUS = { username: "old_user", password: "old-secret-password" };
export const CA_AUTHORIZATION = "Bearer ca-webhook-secret-0123456789";
export const CA_PREVIOUS = "Bearer ca-webhook-secret-previous";

/** Credentials for both receivers, as an operator would set them. */
export function configureProviders(overrides: Record<string, string | undefined> = {}) {
  const values: Record<string, string | undefined> = {
    WGF_USERNAME: WGF_CREDENTIALS.username,
    WGF_PASSWORD: WGF_CREDENTIALS.password,
    WGF_POSTBACK_USERNAME: undefined,
    WGF_POSTBACK_PASSWORD: undefined,
    WGF_POSTBACK_USERNAME_PREVIOUS: WGF_PREVIOUS.username,
    WGF_POSTBACK_PASSWORD_PREVIOUS: WGF_PREVIOUS.password,
    WGF_SIGNATURE_TOLERANCE_SECONDS: "300",
    CHARGEAFTER_WEBHOOK_AUTHORIZATION: CA_AUTHORIZATION,
    CHARGEAFTER_WEBHOOK_AUTHORIZATION_PREVIOUS: CA_PREVIOUS,
    ...overrides,
  };
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetEnvCache();
}

export function sharedFixture(provider: "wegetfinancing" | "chargeafter", name: string): string {
  return readFileSync(path.resolve("../shared/fixtures", provider, name), "utf8");
}

/** A WeGetFinancing 1.9 approval of a cart. */
export const wgfApproval = (requestToken: string, merchantTransactionId: string, approvedAmount = "499.00") => ({
  version: "1.9",
  request_token: requestToken,
  merchant_transaction_id: merchantTransactionId,
  status: "approved",
  approved_amount: approvedAmount,
});

/** A ChargeAfter application.approved webhook from lender A. */
export const caApproval = (applicationId: string) => ({
  eventType: "application.approved",
  createdAt: "2026-11-02T15:00:00.000Z",
  applicationId,
  lenderId: "A",
  amount: 1,
});

type WgfOptions = {
  contentType?: string;
  credentials?: { username: string; password: string };
  timestamp?: string | null;
  signature?: string | null;
  headers?: Record<string, string>;
};

export function wgfRequest(body: string | Buffer | object, options: WgfOptions = {}): Request {
  const raw = typeof body === "string" || Buffer.isBuffer(body) ? body : JSON.stringify(body);
  const timestamp = options.timestamp === undefined ? String(Math.floor(Date.now() / 1000)) : options.timestamp;
  const signature =
    options.signature === undefined
      ? signWgfPostback(raw, options.credentials ?? WGF_CREDENTIALS, timestamp ?? "")
      : options.signature;
  const headers: Record<string, string> = {
    "content-type": options.contentType ?? "application/json",
    ...options.headers,
  };
  if (timestamp !== null) headers["x-timestamp"] = timestamp;
  if (signature !== null) headers["x-signature"] = signature;
  return new Request("http://127.0.0.1/api/postbacks/wegetfinancing", {
    method: "POST",
    headers,
    body: new Uint8Array(Buffer.from(raw)),
  });
}

export function caRequest(
  body: string | object,
  options: { authorization?: string | null; contentType?: string } = {},
): Request {
  const raw = typeof body === "string" ? body : JSON.stringify(body);
  const headers: Record<string, string> = { "content-type": options.contentType ?? "application/json" };
  const authorization = options.authorization === undefined ? CA_AUTHORIZATION : options.authorization;
  if (authorization !== null) headers["authorization"] = authorization;
  return new Request("http://127.0.0.1/api/webhooks/chargeafter", { method: "POST", headers, body: raw });
}
