// Syncs ChargeAfter's funding report for a range of days into FundingRecord, recorded as a
// SyncRun. Each page is committed in its own transaction: a failure part-way keeps what was
// already written (the run ends FAILED and says where it stopped) and a re-run of the same
// range converges, because the upsert is keyed by transactionId and writes nothing for an
// unchanged record. Rolling the whole run back would throw away correct, versioned data
// and make a large sync restart from nothing after one network failure.
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import {
  FundingReportError,
  type FundingReportPage,
  type InvalidFundingRecord,
} from "@/lib/providers/chargeafter/funding-report-client";

import { syncRangeSchema } from "./sync-funding-records-schema";
import { holdNewSyncRun } from "./sync-run-liveness";
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
  source?: "API";
  /** The report's pages, e.g. () => fetchFundingReport({ … }). */
  fetchPages: () => AsyncIterable<FundingReportPage>;
  /** Called after each page is committed (records so far), for a progress display. */
  onProgress?: (progress: SyncProgress) => void;
};

const MAX_LISTED = 1000;

/** The run, and the records the report sent that could not be read (the first 1,000). */
export type SyncResult = SyncRunSummary & { invalid: InvalidFundingRecord[] };

export async function syncFundingRecords(input: SyncFundingRecordsInput): Promise<SyncResult> {
  const { from, to } = syncRangeSchema.parse({ from: input.from, to: input.to });
  const held = await holdNewSyncRun();
  try {
    return await syncHeldRun(input, held.runId, from, to);
  } finally {
    await held.release();
  }
}

async function syncHeldRun(
  input: SyncFundingRecordsInput,
  runId: string,
  from: string,
  to: string,
): Promise<SyncResult> {
  const run = await db().$transaction(async (tx) => {
    const created = await tx.syncRun.create({
      data: {
        id: runId,
        source: "API",
        fromDate: dayToDate(from),
        toDate: dayToDate(to),
        startedByEmail: input.actor.email,
      },
    });
    await recordAudit(tx, input.actor, {
      action: "funding.sync",
      targetType: "sync-run",
      targetId: created.id,
      details: { from, to },
    });
    return created;
  });

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
      const counts = await withFundingWriteTransaction(async (client) =>
        upsertFundingRecords(client, page.records, runId),
      );
      progress.fetched += page.records.length + page.invalid.length;
      progress.new += counts.inserted;
      progress.changed += counts.changed;
      progress.unchanged += counts.unchanged;
      progress.invalid += page.invalid.length;
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
