// What happens to a stored delivery whose apply failed (process-delivery.ts). A transient
// reason (lib/db/is-transient-error.ts: the database away, a deadlock, a lock or statement
// timeout) counts an attempt and schedules the next with backoff (delivery-retry-schedule.ts);
// the applier's pick skips it until then. The last attempt, or any other error, fails it,
// and the one `delivery.failed` event is recorded with that.
import { db } from "@/lib/db/client";
import { isRetryableApplyError, isTransientDatabaseError } from "@/lib/db/is-transient-error";
import { recordDeliveryFailed } from "@/lib/events/record-delivery-failed";
import { componentLogger } from "@/lib/log/logger";
import { countDeliveryOutcomes } from "@/lib/metrics/count-delivery-outcomes";

import { MAX_APPLY_ATTEMPTS, retryDelayMs } from "./delivery-retry-schedule";
import { storableText } from "./storable-delivery";

const log = componentLogger("ingest");

export type FailureResult =
  | { processing: "FAILED"; processingError: string }
  | { processing: "RECEIVED"; processingError: null; attempts: number; nextApplyAt: Date };

/** The error in words a text column holds (no NUL), bounded. */
export function errorText(error: unknown): string {
  return storableText(error instanceof Error ? error.message : String(error))
    .trim()
    .slice(0, 2000);
}

/**
 * Records a failed apply; null when another worker holds the delivery (it decides). A replay
 * (`force`) rethrows a transient error: the person who pressed it sees it and may press again.
 */
export async function recordApplyFailure(
  id: string,
  error: unknown,
  options: { force?: boolean } = {},
): Promise<FailureResult | null> {
  if (!isRetryableApplyError(error)) return failDelivery(id, errorText(error));
  if (options.force) throw error;
  return countTransientFailure(id, errorText(error));
}

async function countTransientFailure(id: string, reason: string): Promise<FailureResult | null> {
  return db().$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ processing: string; applyAttempts: number }[]>`
      SELECT processing, "applyAttempts" FROM "Delivery" WHERE id = ${id}::uuid FOR UPDATE SKIP LOCKED`;
    // Another worker holds it, or applied it since: not ours to count.
    if (!row || row.processing !== "RECEIVED") return null;
    const attempts = row.applyAttempts + 1;
    const delay = retryDelayMs(attempts);
    if (delay === null) {
      const processingError = `Gave up after ${attempts} attempts: ${reason}`;
      await tx.$executeRaw`
        UPDATE "Delivery" SET processing = 'FAILED', "processingError" = ${processingError}, "applyAttempts" = ${attempts},
          "lastApplyError" = ${reason}, "nextApplyAt" = NULL, "processedAt" = now()
        WHERE id = ${id}::uuid`;
      await recordDeliveryFailed(tx, id, processingError);
      await countDeliveryOutcomes(tx, ["FAILED"]);
      log.error({ deliveryId: id, attempts }, `delivery failed to apply: ${processingError}`);
      return { processing: "FAILED", processingError };
    }
    // The database's clock, which the applier's pick compares with.
    const [scheduled] = await tx.$queryRaw<{ nextApplyAt: Date }[]>`
      UPDATE "Delivery" SET "applyAttempts" = ${attempts}, "lastApplyError" = ${reason},
        "nextApplyAt" = now() + ${delay} * interval '1 millisecond'
      WHERE id = ${id}::uuid RETURNING "nextApplyAt"`;
    log.warn(
      { deliveryId: id, attempts, nextApplyAt: scheduled!.nextApplyAt },
      `delivery apply failed (attempt ${attempts} of ${MAX_APPLY_ATTEMPTS}), retrying: ${reason}`,
    );
    return { processing: "RECEIVED", processingError: null, attempts, nextApplyAt: scheduled!.nextApplyAt };
  });
}

/** FAILED at once with its reason and one `delivery.failed` event. */
export async function failDelivery(id: string, processingError: string): Promise<FailureResult> {
  log.error({ deliveryId: id }, `delivery failed to apply: ${processingError}`);
  const failed = { processing: "FAILED", processingError, processedAt: new Date(), nextApplyAt: null } as const;
  try {
    await db().$transaction(async (tx) => {
      await tx.delivery.update({ where: { id }, data: failed });
      await recordDeliveryFailed(tx, id, processingError);
      await countDeliveryOutcomes(tx, ["FAILED"]);
    });
  } catch (error) {
    if (isTransientDatabaseError(error)) throw error;
    // Recording it failed too (its event, say): it must still leave the queue, or every
    // pass of the applier would take it again.
    log.error(
      { deliveryId: id, err: errorText(error) },
      "recording a delivery's failure failed; marked without its event",
    );
    await db().$transaction(async (tx) => {
      const { count } = await tx.delivery.updateMany({ where: { id }, data: failed });
      if (count) await countDeliveryOutcomes(tx, ["FAILED"]);
    });
  }
  return { processing: "FAILED", processingError };
}
