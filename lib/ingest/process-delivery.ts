// Runs one stored delivery through applyDelivery in its own transaction and records
// the outcome. A failure rolls the domain back and leaves the delivery FAILED, never lost.
import { db } from "@/lib/db/client";
import type { Processing, Provider } from "@/lib/db/generated/enums";
import { isTransientDatabaseError } from "@/lib/db/is-transient-error";
import { recordDeliveryFailed } from "@/lib/events/record-delivery-failed";

import { applyDelivery, type ApplyOutcome } from "./apply-delivery";
import { storableId, storableText } from "./storable-delivery";

export type ProcessResult = ApplyOutcome | { processing: "FAILED"; processingError: string };

type LockedDelivery = {
  id: string;
  provider: Provider;
  rawBody: Uint8Array;
  contentType: string | null;
  receivedAt: Date;
  processing: Processing;
  flags: string[];
};

/** Applies the delivery if it is waiting (RECEIVED), or whatever its state with `force`; null when another worker holds it. */
export async function processDelivery(id: string, options: { force?: boolean } = {}): Promise<ProcessResult | null> {
  try {
    return await db().$transaction(async (tx) => {
      const [delivery] = await tx.$queryRaw<LockedDelivery[]>`
        SELECT id::text, provider, "rawBody", "contentType", "receivedAt", processing, flags
        FROM "Delivery" WHERE id = ${id}::uuid FOR UPDATE SKIP LOCKED`;
      if (!delivery) return null;
      if (delivery.processing !== "RECEIVED" && !options.force) return null;
      const outcome = await applyDelivery(tx, delivery);
      await tx.delivery.update({
        where: { id },
        data: {
          processing: outcome.processing,
          processingError: outcome.processingError,
          eventType: outcome.eventType ?? undefined,
          searchIds: outcome.searchIds?.map(storableId),
          duplicateOfId: outcome.duplicateOfId ?? null,
          processedAt: new Date(),
          // Keep what was flagged on arrival (stale-timestamp, truncated, unverified-ids …).
          flags: [...new Set([...delivery.flags, ...outcome.flags.map(storableText)])],
          ...outcome.links,
        },
      });
      return outcome;
    });
  } catch (error) {
    // The database went away (shutdown, restart, network): leave it waiting for the next sweep.
    if (isTransientDatabaseError(error)) throw error;
    const processingError = error instanceof Error ? error.message.slice(0, 2000) : String(error);
    console.error(`[ingest] delivery ${id} failed:`, processingError);
    await db().$transaction(async (tx) => {
      await tx.delivery.update({
        where: { id },
        data: { processing: "FAILED", processingError, processedAt: new Date() },
      });
      await recordDeliveryFailed(tx, id, processingError);
    });
    return { processing: "FAILED", processingError };
  }
}
