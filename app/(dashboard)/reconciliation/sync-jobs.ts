// Funding syncs started from the page run in the background of this server process; the
// page polls their progress (records fetched, new, changed, unchanged) until they end.
// The SyncRun row is the lasting record; this registry only carries live progress. One
// sync at a time: a second "Sync now" while one runs follows the running one.
import { randomUUID } from "node:crypto";

import type { Actor } from "@/lib/audit/actor";
import { syncFundingFromChargeAfter } from "@/lib/reconciliation/sync-from-chargeafter";
import type { SyncProgress, SyncRunSummary } from "@/lib/reconciliation/sync-run-summary";

export type SyncJob = {
  id: string;
  from: string;
  to: string;
  startedByEmail: string;
  startedAt: Date;
  state: "running" | "succeeded" | "failed";
  progress: SyncProgress;
  run: SyncRunSummary | null;
  error: string | null;
};

/** Finished jobs are kept this long so a slow poll still sees the outcome. */
const KEEP_FINISHED_MS = 30 * 60_000;

const globalJobs = globalThis as unknown as { financingDeskSyncJobs?: Map<string, SyncJob> };
const jobs = (globalJobs.financingDeskSyncJobs ??= new Map());

export function runningSyncJob(): SyncJob | null {
  for (const job of jobs.values()) if (job.state === "running") return { ...job };
  return null;
}

export function syncJob(id: string): SyncJob | null {
  const job = jobs.get(id);
  return job ? { ...job, progress: { ...job.progress } } : null;
}

export function startSyncJob(input: { from: string; to: string; actor: Actor }): {
  job: SyncJob;
  alreadyRunning: boolean;
} {
  prune();
  const running = runningSyncJob();
  if (running) return { job: running, alreadyRunning: true };
  const job: SyncJob = {
    id: randomUUID(),
    from: input.from,
    to: input.to,
    startedByEmail: input.actor.email,
    startedAt: new Date(),
    state: "running",
    progress: { fetched: 0, new: 0, changed: 0, unchanged: 0, invalid: 0 },
    run: null,
    error: null,
  };
  jobs.set(job.id, job);
  void syncFundingFromChargeAfter({
    from: input.from,
    to: input.to,
    actor: input.actor,
    onProgress: (progress) => (job.progress = progress),
  })
    .then((result) => {
      const { invalid: _invalid, ...run } = result;
      job.run = run;
      job.progress = {
        fetched: run.fetchedCount,
        new: run.newCount,
        changed: run.changedCount,
        unchanged: run.unchangedCount,
        invalid: job.progress.invalid,
      };
      job.state = run.status === "SUCCEEDED" ? "succeeded" : "failed";
      job.error = run.error;
    })
    .catch((error: Error) => {
      job.state = "failed";
      job.error = error.message;
      console.error(`[funding.sync] ${job.id} failed: ${error.message}`);
    });
  return { job: { ...job }, alreadyRunning: false };
}

function prune() {
  const now = Date.now();
  for (const [id, job] of jobs) {
    if (job.state !== "running" && now - (job.run?.finishedAt?.getTime() ?? job.startedAt.getTime()) > KEEP_FINISHED_MS)
      jobs.delete(id);
  }
}
