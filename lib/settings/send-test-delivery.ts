// "Send test delivery": a correctly signed sample posted to our own receiver over
// HTTP, so the admin sees what a provider's delivery would meet. The sample is an
// event type the domain does not act on: it is stored and shown, and changes nothing.
import "server-only";

import { randomUUID } from "node:crypto";

import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { env } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { chargeAfterWebhookSecrets } from "@/lib/providers/chargeafter/authorization";
import { wgfPostbackCredentials } from "@/lib/providers/wegetfinancing/credentials";
import { signWgfPostback } from "@/lib/providers/wegetfinancing/signature";

import { RECEIVER_PATHS } from "./public-base-url";

export type TestDeliveryResult = { status: number; deliveryId?: string; error?: string; signed: boolean };

type Send = (path: string, init: RequestInit) => Promise<Response>;

/** Posts to this server itself on the loopback address, so no proxy or DNS is in the way. */
const sendToSelf: Send = (path, init) =>
  fetch(`http://127.0.0.1:${env().PORT}${path}`, { ...init, signal: AbortSignal.timeout(10_000) });

export async function sendTestDelivery(
  provider: keyof typeof RECEIVER_PATHS,
  actor: Actor,
  send: Send = sendToSelf,
): Promise<TestDeliveryResult> {
  const { body, headers, signed } = provider === "WEGETFINANCING" ? wgfSample(actor) : chargeAfterSample(actor);
  let result: TestDeliveryResult;
  try {
    const response = await send(RECEIVER_PATHS[provider], { method: "POST", headers, body });
    const answer = (await response.json().catch(() => ({}))) as { deliveryId?: string; error?: string };
    result = { status: response.status, deliveryId: answer.deliveryId, error: answer.error, signed };
  } catch (error) {
    result = { status: 0, error: `The receiver could not be reached: ${(error as Error).message}`, signed };
  }
  await db().$transaction((tx) =>
    recordAudit(tx, actor, {
      action: "settings.test-delivery",
      targetType: "delivery",
      targetId: result.deliveryId,
      details: { provider, status: result.status },
    }),
  );
  return result;
}

function wgfSample(actor: Actor) {
  const body = JSON.stringify({
    version: "1.9",
    request_token: `fd-test-${randomUUID()}`,
    status: "test",
    note: `Test postback sent from Settings by ${actor.email}`,
  });
  const timestamp = String(Math.floor(Date.now() / 1000));
  const current = wgfPostbackCredentials(env()).find((pair) => pair.label === "current");
  const headers: Record<string, string> = { "content-type": "application/json", "x-timestamp": timestamp };
  if (current) headers["x-signature"] = signWgfPostback(body, current, timestamp);
  return { body, headers, signed: Boolean(current) };
}

function chargeAfterSample(actor: Actor) {
  const body = JSON.stringify({
    eventType: "financingdesk.test",
    createdAt: new Date().toISOString(),
    note: `Test webhook sent from Settings by ${actor.email}`,
  });
  const [current] = chargeAfterWebhookSecrets(env());
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (current) headers["authorization"] = current;
  return { body, headers, signed: Boolean(current) };
}
