// What a sync or an import did, as the CLI, the page and tests read it.
import type { SyncRun } from "@/lib/db/generated/client";

export type SyncRunSummary = {
  id: string;
  source: "API" | "FILE";
  status: "RUNNING" | "SUCCEEDED" | "FAILED";
  fromDate: string | null;
  toDate: string | null;
  fileName: string | null;
  startedAt: Date;
  finishedAt: Date | null;
  startedByEmail: string;
  fetchedCount: number;
  newCount: number;
  changedCount: number;
  unchangedCount: number;
  error: string | null;
  durationMs: number | null;
};

export type SyncProgress = { fetched: number; new: number; changed: number; unchanged: number; invalid: number };

export function toSyncRunSummary(run: SyncRun): SyncRunSummary {
  return {
    id: run.id,
    source: run.source,
    status: run.status,
    fromDate: run.fromDate?.toISOString().slice(0, 10) ?? null,
    toDate: run.toDate?.toISOString().slice(0, 10) ?? null,
    fileName: run.fileName,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    startedByEmail: run.startedByEmail,
    fetchedCount: run.fetchedCount,
    newCount: run.newCount,
    changedCount: run.changedCount,
    unchangedCount: run.unchangedCount,
    error: run.error,
    durationMs: run.finishedAt ? run.finishedAt.getTime() - run.startedAt.getTime() : null,
  };
}

/** A readable list of problems, capped so one bad report cannot fill the table. */
export function describeProblems(lines: string[], max = 20): string {
  if (lines.length <= max) return lines.join("\n");
  return [...lines.slice(0, max), `… and ${lines.length - max} more`].join("\n");
}

/** A calendar day as the Date a @db.Date column takes. */
export function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}
