// GET /api/metrics's body: the shared values read from the database now (the applier's
// outcome counts among them), then the whole registry (these, the per-process counter and
// Node's process metrics) as Prometheus text.
import "server-only";

import { componentLogger } from "@/lib/log/logger";

import { deskMetrics } from "./metrics-registry";
import { readDatabaseMetrics } from "./read-database-metrics";

const log = componentLogger("metrics");

const seconds = (at: Date | null | undefined) => (at ? at.getTime() / 1000 : 0);

export async function renderMetrics(): Promise<{ contentType: string; text: string }> {
  const metrics = deskMetrics();
  try {
    const values = await readDatabaseMetrics();
    metrics.databaseUp.set(1);
    metrics.waiting.set(values.deliveriesWaiting);
    metrics.failed.set(values.deliveriesFailed);
    metrics.oldestUnapplied.set(values.oldestUnappliedAgeSeconds);
    metrics.eventsWaiting.set(values.eventsWaiting);
    metrics.eventsOverdue.set(values.eventsOverdue);
    metrics.syncFinished.set(seconds(values.lastSync?.finishedAt));
    metrics.syncSucceeded.set(values.lastSync?.succeeded ? 1 : 0);
    metrics.syncSuccessAt.set(seconds(values.lastSuccessAt));
    // A counter whose value lives in the database: replaced whole at each scrape.
    metrics.applied.reset();
    for (const [outcome, count] of Object.entries(values.appliedByOutcome)) metrics.applied.inc({ outcome }, count);
  } catch (error) {
    // The process's own metrics are still worth a scrape; the shared ones keep their last values.
    metrics.databaseUp.set(0);
    log.warn({ err: (error as Error).message }, "metrics: the database did not answer");
  }
  return { contentType: metrics.registry.contentType, text: await metrics.registry.metrics() };
}
