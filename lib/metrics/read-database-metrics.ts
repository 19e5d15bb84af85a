// What every instance reports alike, read from the database at scrape time with index-only
// probes: counts stop at COUNT_CAP (a backlog in the millions must not cost a full count),
// ages use the database's clock (instances' clocks may differ).
import "server-only";

import { db } from "@/lib/db/client";

export const COUNT_CAP = 100_000;

export type DatabaseMetrics = {
  deliveriesWaiting: number;
  deliveriesFailed: number;
  oldestUnappliedAgeSeconds: number;
  eventsWaiting: number;
  eventsOverdue: number;
  lastSync: { finishedAt: Date; succeeded: boolean } | null;
  lastSuccessAt: Date | null;
  /** What the applier recorded, by outcome (lowercase), from DeliveryOutcomeCount. */
  appliedByOutcome: Record<string, number>;
};

type Row = Omit<DatabaseMetrics, "lastSync" | "lastSuccessAt" | "appliedByOutcome">;

/** Shown at 0 before the applier first records them, so increase() sees their start. */
const APPLY_OUTCOMES = ["applied", "duplicate", "ignored", "invalid", "failed"];

export async function readDatabaseMetrics(): Promise<DatabaseMetrics> {
  const [[counts], lastSync, lastSuccess, outcomes] = await Promise.all([
    db().$queryRaw<Row[]>`
      SELECT
        (SELECT count(*) FROM (SELECT 1 FROM "Delivery" WHERE processing = 'RECEIVED' LIMIT ${COUNT_CAP}) w)::int AS "deliveriesWaiting",
        (SELECT count(*) FROM (SELECT 1 FROM "Delivery" WHERE processing = 'FAILED' LIMIT ${COUNT_CAP}) f)::int AS "deliveriesFailed",
        COALESCE(EXTRACT(EPOCH FROM now() - (SELECT min("receivedAt") FROM "Delivery" WHERE processing = 'RECEIVED')), 0)::float8
          AS "oldestUnappliedAgeSeconds",
        (SELECT count(*) FROM (SELECT 1 FROM "EventDelivery" WHERE status = 'PENDING' LIMIT ${COUNT_CAP}) e)::int AS "eventsWaiting",
        (SELECT count(*) FROM (SELECT 1 FROM "EventDelivery" WHERE status = 'PENDING'
          AND "nextAttemptAt" < now() - interval '1 minute' LIMIT ${COUNT_CAP}) o)::int AS "eventsOverdue"`,
    db().syncRun.findFirst({
      where: { source: "API", status: { not: "RUNNING" } },
      orderBy: { startedAt: "desc" },
      select: { status: true, finishedAt: true, startedAt: true },
    }),
    db().syncRun.findFirst({
      where: { source: "API", status: "SUCCEEDED" },
      orderBy: { startedAt: "desc" },
      select: { finishedAt: true, startedAt: true },
    }),
    // At most 16 rows per outcome (count-delivery-outcomes.ts).
    db().$queryRaw<{ outcome: string; count: number }[]>`
      SELECT outcome, sum(count)::float8 AS count FROM "DeliveryOutcomeCount" GROUP BY outcome`,
  ]);
  return {
    ...counts!,
    lastSync: lastSync && {
      finishedAt: lastSync.finishedAt ?? lastSync.startedAt,
      succeeded: lastSync.status === "SUCCEEDED",
    },
    lastSuccessAt: lastSuccess ? (lastSuccess.finishedAt ?? lastSuccess.startedAt) : null,
    appliedByOutcome: Object.fromEntries([
      ...APPLY_OUTCOMES.map((outcome) => [outcome, 0]),
      ...outcomes.map((row) => [row.outcome.toLowerCase(), row.count]),
    ]),
  };
}
