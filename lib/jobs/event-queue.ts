// The queue of event delivery attempts (pg-boss). A job carries only the EventDelivery's id;
// the row is the truth. The key holds the attempt's due time, so the sweeper re-queuing a due
// row adds nothing while its job waits, and a resend (a new due time) is a new job.
import type pg from "pg";
import type PgBoss from "pg-boss";

export const EVENT_QUEUE = "event-delivery";

export type DueDelivery = { id: string; nextAttemptAt: Date };

const globalForJobs = globalThis as unknown as { financingDeskBoss?: PgBoss };

/** The running queue of this process (set by startJobs), if any. */
export function runningBoss(): PgBoss | undefined {
  return globalForJobs.financingDeskBoss;
}

export function setRunningBoss(boss: PgBoss | undefined): void {
  globalForJobs.financingDeskBoss = boss;
}

/**
 * Queues attempts; with `client`, in that client's transaction. Returns false when no queue runs
 * in this process: the rows stay due and a job runner's sweep queues them.
 */
export async function enqueueEventDeliveries(due: DueDelivery[], client?: pg.ClientBase): Promise<boolean> {
  const boss = runningBoss();
  if (!boss) return false;
  if (!due.length) return true;
  const jobs = due.map((row) => ({
    name: EVENT_QUEUE,
    data: { deliveryId: row.id },
    startAfter: row.nextAttemptAt.toISOString(),
    singletonKey: `${row.id}@${row.nextAttemptAt.getTime()}`,
  }));
  const db = client ? { executeSql: (text: string, values: unknown[]) => client.query(text, values) } : undefined;
  if (db) await boss.insert(jobs, { db });
  else await boss.insert(jobs);
  return true;
}
