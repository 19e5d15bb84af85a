// Runs one stored delivery through applyDelivery in its own transaction and records
// the outcome. A failure rolls the domain back and leaves the delivery FAILED, never lost.
import { db } from "../db/client";
import { applyDelivery, type ApplyOutcome } from "./apply-delivery";

const SELECT = { id: true, provider: true, rawBody: true, contentType: true, receivedAt: true, processing: true } as const;

export type ProcessResult = ApplyOutcome | { processing: "FAILED"; processingError: string };

/** Applies the delivery if it is waiting (RECEIVED), or whatever its state with `force`; null when another worker holds it. */
export async function processDelivery(id: string, options: { force?: boolean } = {}): Promise<ProcessResult | null> {
  try {
    return await db().$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ id: string }[]>`
        SELECT id::text FROM "Delivery" WHERE id = ${id}::uuid FOR UPDATE SKIP LOCKED`;
      if (!rows.length) return null;
      const delivery = await tx.delivery.findUniqueOrThrow({ where: { id }, select: SELECT });
      if (delivery.processing !== "RECEIVED" && !options.force) return null;
      const outcome = await applyDelivery(tx, delivery);
      await tx.delivery.update({
        where: { id },
        data: {
          processing: outcome.processing,
          processingError: outcome.processingError,
          eventType: outcome.eventType ?? undefined,
          searchIds: outcome.searchIds,
          duplicateOfId: outcome.duplicateOfId ?? null,
          processedAt: new Date(),
          flags: outcome.flags,
          ...outcome.links,
        },
      });
      return outcome;
    });
  } catch (error) {
    const processingError = error instanceof Error ? error.message.slice(0, 2000) : String(error);
    console.error(`[ingest] delivery ${id} failed:`, processingError);
    await db().delivery.update({ where: { id }, data: { processing: "FAILED", processingError, processedAt: new Date() } });
    return { processing: "FAILED", processingError };
  }
}
