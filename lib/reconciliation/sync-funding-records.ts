// Syncs ChargeAfter's funding report for a range of days into FundingRecord, recorded as a
// SyncRun. Each page is committed in its own transaction: a failure part-way keeps what was
// already written (the run ends FAILED and says where it stopped) and a re-run of the same
// range converges, because the upsert is keyed by transactionId and writes nothing for an
// unchanged record. Rolling the whole run back would throw away correct, versioned data
// and make a large sync restart from nothing after one network failure.
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import type { SyncTrigger } from "@/lib/db/generated/enums";
import { recordFundingRecordEvents } from "@/lib/events/record-funding-record-events";
import {
  FundingReportError,
  type FundingReportPage,
  type InvalidFundingRecord,
} from "@/lib/providers/chargeafter/funding-report-client";

import { syncRangeSchema } from "./sync-funding-records-schema";
import { closeAbandonedSyncRuns, holdNewSyncRun } from "./sync-run-liveness";
import { PROGRESS_EVERY_MS, writeSyncProgress } from "./sync-run-progress";
import {
  dayToDate,
  describeProblems,
  toSyncRunSummary,
  type SyncProgress,
  type SyncRunSummary,
} from "./sync-run-summary";
import { upsertFundingRecords } from "./upsert-funding-records";
import { withFundingWriteTransaction } from "./with-funding-write-transaction";

export type SyncFundingRecordsInput = {
  from: string;
  to: string;
  actor: Actor;
  /** Who asked for it: a person (Sync now, the default), the schedule, or the command line. */
  trigger?: SyncTrigger;
  source?: "API";
  /** The report's pages, e.g. () => fetchFundingReport({ … }). */
  fetchPages: () => AsyncIterable<FundingReportPage>;
  /** Called after each page is committed (records so far), for a progress display. */
  onProgress?: (progress: SyncProgress) => void;
  /** The page's "Sync now": follow an API sync already at work (any instance) instead of starting a second. */
  joinRunning?: boolean;
  /** How often at most the counts are written into the run's row (tests: 0, every page). */
  progressEveryMs?: number;
};

const MAX_LISTED = 1000;

/** The run, and the records the report sent that could not be read (the first 1,000). */
export type SyncResult = SyncRunSummary & { invalid: InvalidFundingRecord[] };

export type StartedSync =
  { runId: string; alreadyRunning: true } | { runId: string; alreadyRunning: false; finished: Promise<SyncResult> };

/** Creates the run (or finds the one to join) and returns; the sync goes on in `finished`. */
export async function startSyncFundingRecords(input: SyncFundingRecordsInput): Promise<StartedSync> {
  const { from, to } = syncRangeSchema.parse({ from: input.from, to: input.to });
  if (input.joinRunning) await closeAbandonedSyncRuns();
  const held = await holdNewSyncRun();
  let joined: string | null;
  try {
    joined = await createRun(input, held.runId, from, to);
  } catch (error) {
    await held.release();
    throw error;
  }
  if (joined) {
    await held.release();
    return { runId: joined, alreadyRunning: true };
  }
  const finished = syncHeldRun(input, held.runId).finally(() => held.release());
  return { runId: held.runId, alreadyRunning: false, finished };
}

export async function syncFundingRecords(input: SyncFundingRecordsInput): Promise<SyncResult> {
  const started = await startSyncFundingRecords({ ...input, joinRunning: false });
  if (started.alreadyRunning) throw new Error("A sync that was not asked to join joined another.");
  return started.finished;
}

/** The new run's row and its audit entry; or, when joining, the id of the API sync already running. */
async function createRun(input: SyncFundingRecordsInput, runId: string, from: string, to: string) {
  return db().$transaction(async (tx) => {
    // One start at a time across instances: the look for a running sync and the new row are one decision.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('financing-desk:sync-start'))`;
    if (input.joinRunning) {
      const running = await tx.syncRun.findFirst({
        where: { status: "RUNNING", source: "API" },
        orderBy: [{ startedAt: "desc" }, { id: "desc" }],
        select: { id: true },
      });
      if (running) return running.id;
    }
    const created = await tx.syncRun.create({
      data: {
        id: runId,
        source: "API",
        fromDate: dayToDate(from),
        toDate: dayToDate(to),
        startedByEmail: input.actor.email,
        trigger: input.trigger ?? "MANUAL",
      },
    });
    await recordAudit(tx, input.actor, {
      action: "funding.sync",
      targetType: "sync-run",
      targetId: created.id,
      details: { from, to },
    });
    return null;
  });
}

async function syncHeldRun(input: SyncFundingRecordsInput, runId: string): Promise<SyncResult> {
  const run = { id: runId };
  const progress: SyncProgress = { fetched: 0, new: 0, changed: 0, unchanged: 0, invalid: 0 };
  const invalid: InvalidFundingRecord[] = [];
  let failure: string | null = null;
  try {
    await writePages(input, run.id, progress, invalid);
  } catch (error) {
    failure = describeFailure(error, progress);
  }

  const problems = invalid.map(
    (r) =>
      `record at offset ${r.offset}${r.transactionId ? ` (transactionId ${r.transactionId})` : ""}: ${r.reasons.join("; ")}`,
  );
  const n = progress.invalid;
  if (n)
    problems.unshift(
      n === 1
        ? "1 record could not be read and was skipped (the rest are stored):"
        : `${n} records could not be read and were skipped (the rest are stored):`,
    );
  const error = [failure, problems.length ? describeProblems(problems) : null].filter(Boolean).join("\n") || null;
  const finished = await db().syncRun.update({
    where: { id: run.id },
    data: {
      // Skipped records are listed with their reasons, but only a stop fails the run.
      status: failure ? "FAILED" : "SUCCEEDED",
      finishedAt: new Date(),
      fetchedCount: progress.fetched,
      newCount: progress.new,
      changedCount: progress.changed,
      unchangedCount: progress.unchanged,
      invalidCount: progress.invalid,
      heartbeatAt: new Date(),
      error,
    },
  });
  return { ...toSyncRunSummary(finished), invalid };
}

async function writePages(
  input: SyncFundingRecordsInput,
  runId: string,
  progress: SyncProgress,
  invalid: InvalidFundingRecord[],
) {
  const every = input.progressEveryMs ?? PROGRESS_EVERY_MS;
  let lastWrite = Date.now();
  const iterator = input.fetchPages()[Symbol.asyncIterator]();
  let next = iterator.next();
  try {
    for (;;) {
      const result = await next;
      if (result.done) return;
      // Fetch the next page while this one is written: the network and the database overlap.
      next = iterator.next();
      next.catch(() => {}); // awaited on the next turn; never an unhandled rejection meanwhile
      const page = result.value;
      const after = await withFundingWriteTransaction(async (client) => {
        const counts = await upsertFundingRecords(client, page.records, runId);
        await recordFundingRecordEvents(
          client,
          page.records.map((record) => record.transactionId),
        );
        const next: SyncProgress = {
          fetched: progress.fetched + page.records.length + page.invalid.length,
          new: progress.new + counts.inserted,
          changed: progress.changed + counts.changed,
          unchanged: progress.unchanged + counts.unchanged,
          invalid: progress.invalid + page.invalid.length,
        };
        // In the page's own transaction: the row never shows records that are not committed.
        if (Date.now() - lastWrite >= every) {
          await writeSyncProgress(client, runId, next);
          lastWrite = Date.now();
        }
        return next;
      });
      Object.assign(progress, after);
      // Every bad record is counted; the first MAX_LISTED are kept with their reasons.
      invalid.push(...page.invalid.slice(0, Math.max(0, MAX_LISTED - invalid.length)));
      input.onProgress?.({ ...progress });
    }
  } finally {
    await iterator.return?.().catch(() => {});
  }
}

function describeFailure(error: unknown, progress: SyncProgress): string {
  const kept = progress.fetched
    ? ` The ${progress.fetched} records read before it are stored; run the sync again to continue.`
    : "";
  if (error instanceof FundingReportError) return `${error.message}${kept}`;
  return `The sync stopped with an unexpected error: ${(error as Error).message ?? String(error)}.${kept}`;
}
