// Retention: empties the raw bodies of deliveries received more than RETENTION_DAYS ago, and
// the copies of them in the timelines (ApplicationEvent/DisputeEvent data). Everything else
// stays: metadata, ids, searchIds and the dedupe keys (DeliveryKey), so a late retry of a
// purged delivery is still a duplicate. One short statement per batch, never a long lock.
import { env } from "@/lib/config/env";
import { db } from "@/lib/db/client";

export const RETENTION_JOB = "retention-purge";
export const PURGE_BATCH = 5_000;

export type PurgeInput = { days: number; batchSize?: number; now?: Date };

/** Purges in batches until none is left; returns how many bodies were purged. */
export async function purgeDeliveryBodies({ days, batchSize = PURGE_BATCH, now = new Date() }: PurgeInput) {
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  let purged = 0;
  for (;;) {
    const [row] = await db().$queryRaw<{ n: number }[]>`
      WITH batch AS (
        SELECT id FROM "Delivery"
        WHERE "bodyPurgedAt" IS NULL AND "receivedAt" < ${cutoff}
        ORDER BY "bodyPurgedAt", "receivedAt"
        LIMIT ${batchSize}
        FOR UPDATE SKIP LOCKED
      ), purged AS (
        UPDATE "Delivery" d SET "rawBody" = ''::bytea, "bodyPurgedAt" = now()
        FROM batch WHERE d.id = batch.id
        RETURNING d.id
      ), application_events AS (
        UPDATE "ApplicationEvent" SET data = NULL
        WHERE "deliveryId" IN (SELECT id FROM purged) AND data IS NOT NULL
      ), dispute_events AS (
        UPDATE "DisputeEvent" SET data = NULL
        WHERE "deliveryId" IN (SELECT id FROM purged) AND data IS NOT NULL
      )
      SELECT count(*)::int AS n FROM purged`;
    const n = row?.n ?? 0;
    purged += n;
    if (n < batchSize) return purged;
  }
}

/** The daily job: RETENTION_DAYS unset purges nothing. */
export async function runRetentionPurge(): Promise<string> {
  const days = env().RETENTION_DAYS;
  if (days === undefined) return "RETENTION_DAYS is unset: bodies are kept.";
  const purged = await purgeDeliveryBodies({ days });
  const bodies = purged === 1 ? "delivery body" : "delivery bodies";
  return `${purged.toLocaleString("en-US")} ${bodies} older than ${days} days purged.`;
}
