// What the applier counted so far (DeliveryOutcomeCount summed over shards), by outcome.
import { db } from "@/lib/db/client";

export async function outcomeCounts(): Promise<Record<string, number>> {
  const rows = await db().deliveryOutcomeCount.groupBy({ by: ["outcome"], _sum: { count: true } });
  return Object.fromEntries(rows.map((row) => [row.outcome, Number(row._sum.count ?? 0)]));
}
