// The process's Prometheus registry and its metrics, made once per process: the custom
// server (scripts/serve.ts) and every Next route bundle load their own copy of this module
// (and of prom-client), so the one set lives on globalThis.
import client from "prom-client";

const PREFIX = "financing_desk_";

function createMetrics() {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const counter = <L extends string>(name: string, help: string, labelNames: readonly L[]) =>
    new client.Counter<L>({ name: PREFIX + name, help, labelNames, registers: [registry] });
  const gauge = (name: string, help: string) => new client.Gauge({ name: PREFIX + name, help, registers: [registry] });
  return {
    registry,
    // Per process: sum over instances (sum by (provider, status) (rate(…[5m]))).
    received: counter(
      "deliveries_received_total",
      "Deliveries received by this process, by provider and our HTTP answer.",
      ["provider", "status"],
    ),
    // Shared: read from the database at scrape time, the same on every instance.
    applied: counter(
      "deliveries_applied_total",
      "Outcomes the delivery applier recorded, by outcome (applied, duplicate, ignored, invalid, failed), all instances; counted since the migration 20261203190000 (a replay counts again).",
      ["outcome"],
    ),
    databaseUp: gauge("metrics_database_up", "1 when the database answered this scrape's queries, else 0."),
    waiting: gauge("deliveries_waiting", "Stored deliveries not yet applied (capped at 100000)."),
    failed: gauge("deliveries_failed", "Deliveries whose apply failed, waiting for a replay (capped at 100000)."),
    oldestUnapplied: gauge(
      "oldest_unapplied_delivery_age_seconds",
      "Age of the oldest stored delivery not yet applied; 0 when none.",
    ),
    eventsWaiting: gauge(
      "events_waiting",
      "Outbound event deliveries waiting for an attempt or a retry (capped at 100000).",
    ),
    eventsOverdue: gauge(
      "events_overdue",
      "Outbound event deliveries whose next attempt is more than a minute late (capped at 100000).",
    ),
    syncFinished: gauge(
      "funding_sync_last_finished_timestamp_seconds",
      "When the last finished funding sync (API) finished; 0 when none.",
    ),
    syncSucceeded: gauge(
      "funding_sync_last_success",
      "1 when the last finished funding sync succeeded, 0 when it failed or none ran.",
    ),
    syncSuccessAt: gauge(
      "funding_sync_last_success_timestamp_seconds",
      "When the last successful funding sync finished; 0 when none.",
    ),
  };
}

export type DeskMetrics = ReturnType<typeof createMetrics>;

const KEY = Symbol.for("financing-desk.metrics");

export function deskMetrics(): DeskMetrics {
  const store = globalThis as { [KEY]?: DeskMetrics };
  return (store[KEY] ??= createMetrics());
}
