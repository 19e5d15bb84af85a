// The applier's outcome counts (DeliveryOutcomeCount), bumped inside the transaction that
// records the outcomes, so a rolled-back batch counts nothing and every process and instance
// adds to the same numbers. One row per outcome and shard: concurrent workers rarely share a
// shard, and taking the rows in outcome order keeps two that do from deadlocking.
import type { Prisma } from "@/lib/db/client";
import type { Processing } from "@/lib/db/generated/enums";

export const OUTCOME_SHARDS = 16;

export async function countDeliveryOutcomes(tx: Prisma.TransactionClient, outcomes: Processing[]): Promise<void> {
  if (!outcomes.length) return;
  await tx.$executeRaw`
    INSERT INTO "DeliveryOutcomeCount" (outcome, shard, count)
    SELECT o, (pg_backend_pid() % ${OUTCOME_SHARDS})::smallint, count(*)
    FROM unnest(${outcomes}::text[]) AS o GROUP BY o ORDER BY o
    ON CONFLICT (outcome, shard) DO UPDATE SET count = "DeliveryOutcomeCount".count + EXCLUDED.count`;
}
