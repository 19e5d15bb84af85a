// What the database says about the deliveries of this run: counts by state, and the
// out-of-band applier's progress until nothing is left waiting (processing = 'RECEIVED').
import type pg from "pg";

import { sleep } from "../support/child-output";

export type DeliveryCounts = {
  total: number;
  byProcessing: Record<string, number>;
  byEndpoint: Record<string, Record<string, number>>;
};

export async function deliveryCounts(db: pg.Client, since: Date): Promise<DeliveryCounts> {
  const { rows } = await db.query<{ endpoint: string; processing: string; count: string }>(
    `SELECT endpoint, processing::text AS processing, count(*) AS count FROM "Delivery" WHERE "receivedAt" >= $1 GROUP BY 1, 2`,
    [since],
  );
  const counts: DeliveryCounts = { total: 0, byProcessing: {}, byEndpoint: {} };
  for (const row of rows) {
    const n = Number(row.count);
    counts.total += n;
    counts.byProcessing[row.processing] = (counts.byProcessing[row.processing] ?? 0) + n;
    (counts.byEndpoint[row.endpoint] ??= {})[row.processing] = n;
  }
  return counts;
}

export type DrainResult = {
  /** Deliveries still waiting when the loads ended. */
  waitingAtStart: number;
  seconds: number;
  /** waitingAtStart / seconds; null when nothing was waiting. */
  appliedPerSecond: number | null;
  finished: boolean;
  final: DeliveryCounts;
};

export async function waitForDrain(db: pg.Client, since: Date, timeoutMs: number): Promise<DrainResult> {
  const started = performance.now();
  const first = await deliveryCounts(db, since);
  const waitingAtStart = first.byProcessing.RECEIVED ?? 0;
  let counts = first;
  while ((counts.byProcessing.RECEIVED ?? 0) > 0 && performance.now() - started < timeoutMs) {
    await sleep(200);
    counts = await deliveryCounts(db, since);
  }
  const seconds = (performance.now() - started) / 1000;
  const finished = (counts.byProcessing.RECEIVED ?? 0) === 0;
  return {
    waitingAtStart,
    seconds,
    appliedPerSecond: waitingAtStart > 0 && finished ? waitingAtStart / seconds : null,
    finished,
    final: counts,
  };
}
