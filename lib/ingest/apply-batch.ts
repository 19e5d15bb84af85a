// Applies the deliveries a worker took, in its transaction: every body parsed first, the
// locks of their applications taken in one statement, each delivery whose application it
// holds applied in arrival order, and the link step run once for the batch. A delivery of
// an application another worker holds stays waiting for a later batch.
import type { Prisma } from "@/lib/db/client";

import { tryLockApplications } from "./application-locks";
import { applyDelivery, lockKeyOf, parseDelivery, type ApplyOutcome, type DeliveryToApply } from "./apply-delivery";
import { relinkBatch } from "./relink-batch";

/** Only deliveries of applications other workers hold: give them a moment before taking them again. */
const HELD_ELSEWHERE_PAUSE_MS = 25;

export async function applyDeliveries<T extends DeliveryToApply>(
  tx: Prisma.TransactionClient,
  rows: T[],
): Promise<(ApplyOutcome & { id: string })[]> {
  const parsed = rows.map((row) => ({ row, parsed: parseDelivery(row), key: undefined as string | undefined }));
  for (const item of parsed) item.key = lockKeyOf(item.parsed);
  const held = await tryLockApplications(
    tx,
    parsed.flatMap((item) => (item.key ? [item.key] : [])),
  );
  const links = relinkBatch();
  const outcomes = [];
  for (const { row, parsed: body, key } of parsed) {
    if (key && !held.has(key)) continue;
    outcomes.push({ id: row.id, ...(await applyDelivery(tx, row, { parsed: body, relink: links.relink })) });
  }
  await links.flush(tx);
  if (rows.length && !outcomes.length) await new Promise((resolve) => setTimeout(resolve, HELD_ELSEWHERE_PAUSE_MS));
  return outcomes;
}
