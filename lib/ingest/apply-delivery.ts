// Applies one stored delivery to the domain inside the caller's transaction.
// The body is parsed again, so a delivery stored before an upgrade is read with today's parser.
import { applyApplicationEvent } from "@/lib/applications/apply-application-event";
import { linkPostSaleEvent } from "@/lib/applications/link-post-sale-event";
import type { Prisma } from "@/lib/db/client";
import type { Processing } from "@/lib/db/generated/enums";
import { applyDisputeEvent } from "@/lib/disputes/apply-dispute-event";
import { mediaType } from "@/lib/providers/shared/media-type";

import { adapterFor } from "./adapters";
import { applicationLockKey } from "./application-locks";
import type { Relink } from "./relink-batch";
import type { ParseResult } from "./types";

export type DeliveryToApply = {
  id: string;
  provider: Prisma.DeliveryGetPayload<{ select: { provider: true } }>["provider"];
  rawBody: Uint8Array;
  contentType: string | null;
  receivedAt: Date;
  /** The key stored with the delivery and the delivery holding it, when the caller read them already. */
  dedupeKey?: string | null;
  keyOwner?: string | null;
};

export type ApplyOutcome = {
  processing: Processing;
  eventType: string | null;
  searchIds?: string[];
  processingError: string | null;
  duplicateOfId?: string;
  links: { applicationId?: string; orderId?: string; disputeId?: string };
  flags: string[];
};

/** The delivery's body read with today's parser. */
export function parseDelivery(delivery: DeliveryToApply): ParseResult {
  return adapterFor(delivery.provider).parse(
    Buffer.from(delivery.rawBody),
    mediaType(delivery.contentType),
    delivery.receivedAt,
  );
}

/** The lock a batch takes before applying this delivery (applications only; other kinds lock their rows as they go). */
export function lockKeyOf(parsed: ParseResult): string | undefined {
  if (!parsed.ok || parsed.event.effect.kind !== "application") return undefined;
  return applicationLockKey(parsed.event.effect.provider, parsed.event.effect.externalId);
}

/** Set by a batch: the body it parsed already, its link step for later; it holds the application locks (lockKeyOf). */
export type BatchContext = { parsed: ParseResult; relink: Relink };

export async function applyDelivery(
  tx: Prisma.TransactionClient,
  delivery: DeliveryToApply,
  batch?: BatchContext,
): Promise<ApplyOutcome> {
  const parsed = batch?.parsed ?? parseDelivery(delivery);
  if (!parsed.ok)
    return { processing: "INVALID", eventType: null, processingError: parsed.error, links: {}, flags: [] };
  const { event } = parsed;
  const base = { eventType: event.eventType, searchIds: event.searchIds, processingError: null, flags: [] as string[] };

  const knownOwner = event.dedupeKey === delivery.dedupeKey ? delivery.keyOwner : null;
  if (knownOwner && knownOwner !== delivery.id)
    return { ...base, processing: "DUPLICATE", duplicateOfId: knownOwner, links: {} };
  if (event.dedupeKey && !knownOwner) {
    // Claim the key (a replay may bring a new one), or learn which delivery holds it.
    const [owner] = await tx.$queryRaw<{ deliveryId: string }[]>`
      WITH claimed AS (
        INSERT INTO "DeliveryKey" (provider, key, "deliveryId") VALUES (${delivery.provider}::"Provider", ${event.dedupeKey}, ${delivery.id}::uuid)
        ON CONFLICT DO NOTHING RETURNING "deliveryId"
      )
      SELECT "deliveryId"::text FROM claimed
      UNION ALL
      SELECT "deliveryId"::text FROM "DeliveryKey" WHERE provider = ${delivery.provider}::"Provider" AND key = ${event.dedupeKey}
      LIMIT 1`;
    if (owner && owner.deliveryId !== delivery.id)
      return { ...base, processing: "DUPLICATE", duplicateOfId: owner.deliveryId, links: {} };
  }

  const { effect } = event;
  switch (effect.kind) {
    case "application": {
      const applied = await applyApplicationEvent(tx, effect, event.eventType, delivery.id, {
        relink: batch?.relink,
        locked: batch !== undefined,
      });
      return {
        ...base,
        processing: "APPLIED",
        links: { applicationId: applied.applicationId, orderId: applied.orderId },
        flags: applied.flags,
      };
    }
    case "dispute": {
      const applied = await applyDisputeEvent(tx, effect, event.eventType, delivery.id);
      return { ...base, processing: "APPLIED", links: applied };
    }
    case "post-sale": {
      const linked = await linkPostSaleEvent(tx, effect, event.eventType, delivery.id);
      return {
        ...base,
        processing: "APPLIED",
        links: linked,
        flags: linked.applicationId ? [] : ["no-matching-application"],
      };
    }
    case "unknown":
      return { ...base, processing: "IGNORED", processingError: `Unknown event type "${event.eventType}".`, links: {} };
  }
}
