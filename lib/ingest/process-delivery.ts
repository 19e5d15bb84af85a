// Runs one stored delivery through applyDelivery in its own transaction and records
// the outcome. A failure rolls the domain back and leaves the delivery waiting for a retry
// (a transient reason) or FAILED (delivery-retry.ts), never lost.
import { db } from "@/lib/db/client";
import type { Processing, Provider } from "@/lib/db/generated/enums";
import { isRetryableApplyError, isTransientDatabaseError } from "@/lib/db/is-transient-error";
import { componentLogger } from "@/lib/log/logger";
import { countDeliveryOutcomes } from "@/lib/metrics/count-delivery-outcomes";

import { applyDelivery, type ApplyOutcome } from "./apply-delivery";
import { errorText, failDelivery, recordApplyFailure, type FailureResult } from "./delivery-retry";
import { storableId, storableText } from "./storable-delivery";

const log = componentLogger("ingest");

export type ProcessResult = ApplyOutcome | FailureResult;

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
          nextApplyAt: null,
          // Keep what was flagged on arrival (stale-timestamp, truncated, unverified-ids …).
          flags: [...new Set([...delivery.flags, ...outcome.flags.map(storableText)])],
          ...outcome.links,
        },
      });
      await countDeliveryOutcomes(tx, [outcome.processing]);
      return outcome;
    });
  } catch (error) {
    return recordApplyFailure(id, error, options);
  }
}

/**
 * The one-by-one path of a batch that failed: each delivery in its own transaction. One that
 * crashes even this is marked FAILED and the others go on; only a database that is away stops it.
 */
export async function processEachDelivery(ids: string[]): Promise<void> {
  for (const id of ids) {
    try {
      await processDelivery(id);
    } catch (error) {
      if (isTransientDatabaseError(error)) throw error;
      log.error({ deliveryId: id, err: errorText(error) }, "processing a delivery crashed");
      // A collision or timeout while counting the attempt: it stays waiting, the next pass takes it.
      if (isRetryableApplyError(error)) continue;
      await failDelivery(id, `Processing it crashed: ${errorText(error)}`).catch((failure: unknown) => {
        if (isTransientDatabaseError(failure)) throw failure;
      });
    }
  }
}
