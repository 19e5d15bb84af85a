// The job runner of an instance: pg-boss (its own `pgboss` schema and a bounded pool of
// JOBS_POOL_SIZE connections) working the event delivery queue, a LISTEN that hands committed
// events to the queue at once, and a sweep every few seconds for what a NOTIFY missed (an
// instance that died, a lost job). Several instances share the work: pg-boss hands each job
// to one of them. Issue 15's scheduled jobs start here too.
import pg from "pg";
import PgBoss from "pg-boss";

import { env } from "@/lib/config/env";
import { attemptEventDelivery } from "@/lib/events/attempt-event-delivery";
import { EVENTS_CHANNEL } from "@/lib/events/event-writer";
import { handOffEvents, requeueOverdueDeliveries } from "@/lib/events/hand-off-events";
import { componentLogger } from "@/lib/log/logger";

import { EVENT_QUEUE, runningBoss, setRunningBoss } from "./event-queue";
import { startScheduledJobs } from "./scheduled-jobs";

const log = componentLogger("jobs");

export type JobsOptions = {
  /** Workers fetching delivery jobs in this process, each up to `batchSize` attempts at once. */
  workers?: number;
  batchSize?: number;
  sweepEveryMs?: number;
  /** How often pg-boss checks the schedules (default 30 s; tests: 1). */
  cronCheckSeconds?: number;
};

export type JobRunner = { boss: PgBoss; stop(timeoutMs?: number): Promise<void> };

const globalForJobs = globalThis as unknown as { financingDeskJobs?: Promise<JobRunner> };

async function listen(url: string, onNotify: () => void): Promise<pg.Client | null> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", (error) => log.error({ err: error.message }, "the event listener's connection failed"));
  try {
    await client.connect();
    client.on("notification", onNotify);
    await client.query(`LISTEN ${EVENTS_CHANNEL}`);
    return client;
  } catch (error) {
    log.error({ err: (error as Error).message }, "could not listen for events (the sweep still sends them)");
    await client.end().catch(() => {});
    return null;
  }
}

// pg-boss's create_queue is not safe against itself: two instances creating one queue at once
// can deadlock (one's INSERT waits on the other's new row; the other, adding the partition's
// foreign key, waits on the first's lock on the queue table). Instances set up in turn.
const SETUP_LOCK = "SELECT pg_advisory_lock(hashtextextended('financing-desk:pgboss-setup', 0))";

async function inTurn<T>(url: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {}); // a lost connection ends the lock; the work fails on its own
  await client.connect();
  try {
    await client.query(SETUP_LOCK);
    return await work();
  } finally {
    await client.end().catch(() => {}); // ending the session releases the lock
  }
}

/** A job runner of its own (tests start two against one database); the server uses startJobs. */
export async function startJobRunner(options: JobsOptions = {}): Promise<JobRunner> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: the job runner needs the database.");
  const cron = options.cronCheckSeconds
    ? { cronMonitorIntervalSeconds: options.cronCheckSeconds, cronWorkerIntervalSeconds: options.cronCheckSeconds }
    : {};
  // Maintenance (which expires the jobs of an instance that died) every 30 s, not pg-boss's 120 s.
  const boss = new PgBoss({
    connectionString: url,
    max: env().JOBS_POOL_SIZE,
    schema: "pgboss",
    maintenanceIntervalSeconds: 30,
    ...cron,
  });
  boss.on("error", (error) => log.error({ err: error.message }, "pg-boss error"));
  try {
    return await run(boss, url, options);
  } catch (error) {
    await boss.stop({ graceful: false, wait: true }).catch(() => {}); // no half-started runner keeps connections
    throw error;
  }
}

async function run(boss: PgBoss, url: string, options: JobsOptions): Promise<JobRunner> {
  await boss.start();
  const eventQueue = {
    name: EVENT_QUEUE,
    policy: "stately",
    // A job that throws (the database went away) is tried again; an endpoint's failures are not
    // job failures: attemptEventDelivery records them and queues the next attempt itself.
    retryLimit: 5,
    retryDelay: 5,
    // An attempt takes at most 15 s; the job of an instance killed mid-attempt expires soon after
    // and is retried, since "stately" admits no second job with its key while it counts as active.
    expireInSeconds: 45,
  } as const;
  await inTurn(url, async () => {
    await boss.createQueue(EVENT_QUEUE, eventQueue);
    await boss.updateQueue(EVENT_QUEUE, eventQueue); // a queue created by an older version keeps its options otherwise
    await startScheduledJobs(boss);
  });
  setRunningBoss(boss);
  const workerIds: string[] = [];
  const batchSize = options.batchSize ?? 20;
  for (let i = 0; i < (options.workers ?? 2); i++)
    workerIds.push(
      await boss.work<{ deliveryId: string }>(EVENT_QUEUE, { batchSize, pollingIntervalSeconds: 0.5 }, async (jobs) => {
        const results = await Promise.allSettled(jobs.map((job) => attemptEventDelivery(job.data.deliveryId)));
        // A full batch means more are waiting: fetch again at once, not after the polling
        // interval (which capped delivery at workers × batch size per half second).
        if (jobs.length === batchSize) for (const id of workerIds) boss.notifyWorker(id);
        const failed = results.find((result) => result.status === "rejected");
        if (failed) throw failed.reason;
      }),
    );

  let sweeping: Promise<void> | null = null;
  let again = false;
  // Hands waiting events to the queue; a call while one runs makes it run once more.
  const sweep = (): Promise<void> => {
    if (sweeping) {
      again = true;
      return sweeping;
    }
    sweeping = (async () => {
      try {
        do {
          again = false;
          const queued = (await handOffEvents()) + (await requeueOverdueDeliveries());
          if (queued) for (const id of workerIds) boss.notifyWorker(id);
        } while (again);
      } catch (error) {
        log.error({ err: (error as Error).message }, "handing events to the queue failed; the next sweep tries again");
      } finally {
        sweeping = null;
      }
    })();
    return sweeping;
  };
  const listener = await listen(url, () => void sweep());
  const timer = setInterval(() => void sweep(), options.sweepEveryMs ?? 2_000);
  timer.unref();
  await sweep();

  return {
    boss,
    async stop(timeoutMs = 20_000) {
      clearInterval(timer);
      await listener?.end().catch(() => {});
      await sweeping;
      if (runningBoss() === boss) setRunningBoss(undefined);
      await boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
    },
  };
}

/** Starts this process's job runner once (the server calls it). */
export function startJobs(options: JobsOptions = {}): Promise<JobRunner> {
  return (globalForJobs.financingDeskJobs ??= startJobRunner(options).catch((error: unknown) => {
    globalForJobs.financingDeskJobs = undefined; // a later call may try again
    throw error;
  }));
}

/** Stops taking jobs, lets attempts in flight finish (up to `timeoutMs`), and closes the queue's pool. */
export async function stopJobs(timeoutMs?: number): Promise<void> {
  const running = globalForJobs.financingDeskJobs;
  globalForJobs.financingDeskJobs = undefined;
  await (await running?.catch(() => undefined))?.stop(timeoutMs);
}
