// "Sync now" from the page: the sync runs in the background of the instance that started
// it, and its progress lives in its SyncRun row, so the page's poll may land on any
// instance and still follow it to the end. One sync at a time: a second "Sync now", on
// any instance, follows the running one (the database decides, see sync-funding-records.ts).
import type { Actor } from "@/lib/audit/actor";
import { startFundingSyncFromChargeAfter } from "@/lib/reconciliation/sync-from-chargeafter";
import { findRunningSync, readSyncRunProgress, type SyncRunProgress } from "@/lib/reconciliation/sync-run-progress";

export type SyncJob = SyncRunProgress;

/** The API sync at work now on any instance, or null (also when that cannot be read: the form stays usable). */
export function runningSyncJob(): Promise<SyncJob | null> {
  return findRunningSync().catch((error: Error) => {
    console.error(`[funding.sync] could not read the running sync: ${error.message}`);
    return null;
  });
}

/** A sync's progress as its row has it, or null for no such run. */
export function syncJob(id: string): Promise<SyncJob | null> {
  return readSyncRunProgress(id);
}

export async function startSyncJob(input: {
  from: string;
  to: string;
  actor: Actor;
}): Promise<{ job: SyncJob; alreadyRunning: boolean }> {
  const started = await startFundingSyncFromChargeAfter(input);
  if (!started.alreadyRunning)
    // The run records its own failure; this is only for what failed outside it (the database gone).
    started.finished.catch((error: Error) => console.error(`[funding.sync] ${started.runId} failed: ${error.message}`));
  const job = await readSyncRunProgress(started.runId);
  if (!job) throw new Error(`The sync run ${started.runId} has no row.`);
  return { job, alreadyRunning: started.alreadyRunning };
}
