// A funding sync's live progress, kept in its SyncRun row: the running sync writes its
// counts there at most once a PROGRESS_EVERY_MS (and at its end), and a poll on any
// instance reads them back. Nothing lives in one server's memory, so a sync started on
// one instance is followed to its end from another.
import type pg from "pg";

import { db } from "@/lib/db/client";
import type { SyncRun } from "@/lib/db/generated/client";

import { closeAbandonedSyncRuns } from "./sync-run-liveness";
import { toSyncRunSummary, type SyncProgress, type SyncRunSummary } from "./sync-run-summary";

/** The page polls once a second: writing more often than that would show nobody anything. */
export const PROGRESS_EVERY_MS = 1000;

export type SyncRunProgress = {
  id: string;
  from: string;
  to: string;
  startedByEmail: string;
  startedAt: Date;
  state: "running" | "succeeded" | "failed";
  progress: SyncProgress;
  /** When the sync last wrote its progress (null before its first write). */
  heartbeatAt: Date | null;
  /** The finished run; null while it runs. */
  run: SyncRunSummary | null;
  error: string | null;
};

const STATE = { RUNNING: "running", SUCCEEDED: "succeeded", FAILED: "failed" } as const;

export function toSyncRunProgress(row: SyncRun): SyncRunProgress {
  const run = toSyncRunSummary(row);
  const running = row.status === "RUNNING";
  return {
    id: row.id,
    from: run.fromDate ?? "",
    to: run.toDate ?? "",
    startedByEmail: row.startedByEmail,
    startedAt: row.startedAt,
    state: STATE[row.status],
    progress: {
      fetched: row.fetchedCount,
      new: row.newCount,
      changed: row.changedCount,
      unchanged: row.unchangedCount,
      invalid: row.invalidCount,
    },
    heartbeatAt: row.heartbeatAt,
    run: running ? null : run,
    error: running ? null : row.error,
  };
}

/** A sync's progress as its row has it, or null for no such run. A run whose server stopped is closed first. */
export async function readSyncRunProgress(runId: string): Promise<SyncRunProgress | null> {
  const row = await db().syncRun.findUnique({ where: { id: runId } });
  if (row?.status !== "RUNNING") return row ? toSyncRunProgress(row) : null;
  if (!(await closeAbandonedSyncRuns([runId]))) return toSyncRunProgress(row);
  return toSyncRunProgress(await db().syncRun.findUniqueOrThrow({ where: { id: runId } }));
}

/** The API sync at work now, on any instance (the newest, should there be several), or null. */
export async function findRunningSync(): Promise<SyncRunProgress | null> {
  await closeAbandonedSyncRuns();
  const row = await db().syncRun.findFirst({
    where: { status: "RUNNING", source: "API" },
    orderBy: [{ startedAt: "desc" }, { id: "desc" }],
  });
  return row ? toSyncRunProgress(row) : null;
}

/** Writes the counts into the run's row, on the given connection (the page's transaction). */
export async function writeSyncProgress(client: pg.ClientBase, runId: string, progress: SyncProgress): Promise<void> {
  await client.query(
    `UPDATE "SyncRun" SET "fetchedCount" = $2, "newCount" = $3, "changedCount" = $4, "unchangedCount" = $5,
       "invalidCount" = $6, "heartbeatAt" = now()
     WHERE id = $1 AND status = 'RUNNING'`,
    [runId, progress.fetched, progress.new, progress.changed, progress.unchanged, progress.invalid],
  );
}
