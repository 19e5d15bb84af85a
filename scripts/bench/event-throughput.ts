// Events delivered per second: a backlog of events written by the app's own outbox writer in
// one transaction, timed from its commit to the last first arrival at the receiver. Its
// ceiling: as many posts signed and sent by the app's own sender (lib/events/post-event.ts)
// from this process, with as many in flight as the job runner, but no queue and no database.
import { randomUUID } from "node:crypto";

import type pg from "pg";

import { postEvent } from "../../lib/events/post-event";
import { newEventId, recordEvent } from "../../lib/events/record-event";
import type { EventReceiver } from "./event-receiver";

/** In flight in the app's job runner: lib/jobs/start-jobs.ts's 2 workers × batches of 20. */
export const SENDER_CONCURRENCY = 40;

export type Endpoint = { path: string; secret: string };

const statusChanged = (runId: string, i: number) => ({
  application_id: randomUUID(),
  provider: "wegetfinancing",
  provider_application_id: `bench-${runId}-backlog-${i}`,
  merchant_transaction_id: `BENCH-${runId}-backlog-${i}`,
  merchant_order_id: null,
  status: "approved",
  previous_status: "pending",
  lender_id: null,
  lender_name: null,
  requested_amount: "499.00",
  approved_amount: "499.00",
  refunded_amount: "0.00",
  currency: "USD",
  occurred_at: new Date().toISOString(),
});

/** The ceiling: `count` posts of bodies like the app's, SENDER_CONCURRENCY at a time. */
async function ceiling(receiver: EventReceiver, endpoint: Endpoint, runId: string, count: number) {
  let next = 0;
  let failed = 0;
  const started = performance.now();
  const sender = async () => {
    while (next < count) {
      const i = next++;
      const id = newEventId();
      const body = JSON.stringify({
        id,
        type: "application.status_changed",
        created_at: new Date().toISOString(),
        data: statusChanged(runId, i),
      });
      if (!(await postEvent(`${receiver.url}${endpoint.path}`, endpoint.secret, id, body)).ok) failed++;
    }
  };
  await Promise.all(Array.from({ length: SENDER_CONCURRENCY }, sender));
  const seconds = (performance.now() - started) / 1000;
  return { events: count, failed, seconds, eventsPerSecond: count / seconds };
}

export async function measureEventThroughput(
  db: pg.Client,
  receiver: EventReceiver,
  endpoints: { backlog: Endpoint; ceiling: Endpoint },
  options: { runId: string; count: number; timeoutMs: number },
) {
  const { runId, count, timeoutMs } = options;
  const top = await ceiling(receiver, endpoints.ceiling, runId, count);

  const ids: string[] = [];
  await db.query("BEGIN");
  try {
    for (let i = 0; i < count; i++)
      ids.push(await recordEvent(db, "application.status_changed", statusChanged(runId, i)));
    await db.query("COMMIT");
  } catch (error) {
    await db.query("ROLLBACK").catch(() => {});
    throw error;
  }
  const committedAt = Date.now();
  const arrived = () => ids.filter((id) => receiver.arrivals.has(id));
  const finished = await receiver.waitUntil(() => arrived().length === ids.length, timeoutMs);
  const times = arrived().map((id) => receiver.arrivals.get(id)!.at);
  const seconds = ((times.length ? Math.max(...times) : Date.now()) - committedAt) / 1000;
  const eventsPerSecond = times.length / Math.max(seconds, 0.001);
  return {
    events: count,
    received: times.length,
    finished,
    seconds,
    eventsPerSecond,
    firstArrivalMs: times.length ? Math.min(...times) - committedAt : null,
    ceiling: top,
    ratio: eventsPerSecond / top.eventsPerSecond,
  };
}
