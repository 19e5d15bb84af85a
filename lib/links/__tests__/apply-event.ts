// Applies a provider body the way the applier does (parse, then the domain step in one transaction).
import { applyApplicationEvent } from "@/lib/applications/apply-application-event";
import { linkPostSaleEvent } from "@/lib/applications/link-post-sale-event";
import { db } from "@/lib/db/client";
import { parseChargeAfterWebhook } from "@/lib/providers/chargeafter/parse-webhook";
import { parseWgfPostback } from "@/lib/providers/wegetfinancing/parse-postback";

const at = new Date("2026-11-02T12:00:00Z");

export async function applyCa(body: Record<string, unknown>): Promise<string | undefined> {
  const parsed = parseChargeAfterWebhook(
    Buffer.from(JSON.stringify({ createdAt: at.toISOString(), ...body })),
    "application/json",
    at,
  );
  if (!parsed.ok) throw new Error(parsed.error);
  const { effect, eventType } = parsed.event;
  return db().$transaction(async (tx) => {
    if (effect.kind === "application") return (await applyApplicationEvent(tx, effect, eventType, null)).applicationId;
    if (effect.kind === "post-sale") return (await linkPostSaleEvent(tx, effect, eventType, null)).applicationId;
    throw new Error(`not an application or post-sale body: ${eventType}`);
  });
}

export async function applyWgf(body: Record<string, unknown>): Promise<string> {
  const parsed = parseWgfPostback(Buffer.from(JSON.stringify(body)), "application/json", at);
  if (!parsed.ok || parsed.event.effect.kind !== "application") throw new Error("not a WGF application postback");
  const { effect, eventType } = parsed.event;
  return db().$transaction(async (tx) => (await applyApplicationEvent(tx, effect, eventType, null)).applicationId);
}

export const record = (transactionId: string) => db().fundingRecord.findUniqueOrThrow({ where: { transactionId } });

export const application = (id: string) => db().application.findUniqueOrThrow({ where: { id } });
