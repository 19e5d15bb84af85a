// Imports a funding report FILE for merchants without an API key. All or nothing: every
// row is validated first and bad rows are reported with their line numbers; only a file
// without a single bad row is written, in one transaction. Recorded as a SyncRun (source
// FILE, fileName) either way, so the run history shows refused attempts too.
// The file is read twice (validate, then write) rather than held as parsed records: a
// 50 MiB CSV would otherwise take several hundred MB as objects.
import { z } from "zod";

import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { recordFundingRecordEvents } from "@/lib/events/record-funding-record-events";
import {
  parseFundingRecord,
  type FundingRecordField,
  type FundingRecordInput,
} from "@/lib/providers/chargeafter/funding-record-schema";

import { detectFormat, FundingFileError, readFundingReportFile, type FileFormat } from "./read-funding-report-file";
import { holdNewSyncRun } from "./sync-run-liveness";
import { dayToDate, describeProblems, toSyncRunSummary, type SyncRunSummary } from "./sync-run-summary";
import { upsertFundingRecords } from "./upsert-funding-records";
import { withFundingWriteTransaction } from "./with-funding-write-transaction";

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
const BATCH = 5000;

export const importFundingReportSchema = z.object({
  fileName: z.string().trim().min(1).max(255),
});

export type ImportRowProblem = {
  /** Line of the file (CSV), or null (JSON: see `record`). */
  line: number | null;
  /** 1-based position among the file's records. */
  record: number;
  transactionId: string | null;
  reasons: string[];
};

export type ImportFundingReportResult =
  | { ok: true; run: SyncRunSummary }
  | { ok: false; run: SyncRunSummary; fileError: string | null; rows: ImportRowProblem[] };

export async function importFundingReport(input: {
  fileName: string;
  content: Buffer | Uint8Array | string;
  actor: Actor;
}): Promise<ImportFundingReportResult> {
  const { fileName } = importFundingReportSchema.parse({ fileName: input.fileName });
  const content =
    typeof input.content === "string"
      ? Buffer.from(input.content, "utf8")
      : Buffer.from(input.content.buffer, input.content.byteOffset, input.content.byteLength);
  const held = await holdNewSyncRun();
  try {
    return await importHeld(held.runId, fileName, content, input.actor);
  } finally {
    await held.release();
  }
}

async function importHeld(
  runId: string,
  fileName: string,
  content: Buffer,
  actor: Actor,
): Promise<ImportFundingReportResult> {
  const run = await db().$transaction(async (tx) => {
    const created = await tx.syncRun.create({
      data: { id: runId, source: "FILE", fileName, startedByEmail: actor.email },
    });
    await recordAudit(tx, actor, {
      action: "funding.import",
      targetType: "sync-run",
      targetId: created.id,
      details: { fileName, bytes: content.byteLength },
    });
    return created;
  });

  const refuse = async (fileError: string | null, rows: ImportRowProblem[], fetched = 0) => {
    const lines = rows.map(
      (r) =>
        `${r.line ? `line ${r.line}` : `record ${r.record}`}${r.transactionId ? ` (transactionId ${r.transactionId})` : ""}: ${r.reasons.join("; ")}`,
    );
    const heading = rows.length ? `${rows.length} bad row${rows.length === 1 ? "" : "s"}; nothing was imported:` : null;
    const error = [fileError, heading, lines.length ? describeProblems(lines) : null].filter(Boolean).join("\n");
    const finished = await db().syncRun.update({
      where: { id: run.id },
      data: { status: "FAILED", finishedAt: new Date(), fetchedCount: fetched, error },
    });
    return { ok: false as const, run: toSyncRunSummary(finished), fileError, rows };
  };

  if (content.byteLength > MAX_IMPORT_BYTES) {
    return refuse(
      `The file is ${mebibytes(content.byteLength)} MiB; the largest accepted is ${mebibytes(MAX_IMPORT_BYTES)} MiB. Split the report by date range and import each part.`,
      [],
    );
  }
  const format = detectFormat(fileName, content);
  try {
    const checked = await validate(format, content);
    if (checked.rows.length) return await refuse(null, checked.rows, checked.count);
    if (!checked.count) return await refuse("The file holds no funding records.", []);
    const counts = await write(format, content, run.id);
    const finished = await db().syncRun.update({
      where: { id: run.id },
      data: {
        status: "SUCCEEDED",
        finishedAt: new Date(),
        // The days the file covers (UTC), so the run history reads like an API sync's.
        fromDate: checked.first ? dayToDate(checked.first.toISOString().slice(0, 10)) : null,
        toDate: checked.last ? dayToDate(checked.last.toISOString().slice(0, 10)) : null,
        fetchedCount: checked.count,
        newCount: counts.inserted,
        changedCount: counts.changed,
        unchangedCount: counts.unchanged,
      },
    });
    return { ok: true, run: toSyncRunSummary(finished) };
  } catch (error) {
    if (error instanceof FundingFileError) return refuse(error.message, []);
    await refuse(`The import failed and nothing was imported: ${(error as Error).message}`, []);
    throw error;
  }
}

async function validate(
  format: FileFormat,
  content: Buffer,
): Promise<{ count: number; rows: ImportRowProblem[]; first?: Date; last?: Date }> {
  const rows: ImportRowProblem[] = [];
  const firstSeen = new Map<string, number | null>();
  let count = 0;
  let first: Date | undefined;
  let last: Date | undefined;
  for await (const { position, line, raw } of readFundingReportFile(format, content)) {
    count++;
    const parsed = parseFundingRecord(raw);
    if (!parsed.ok) {
      rows.push({ line, record: position, transactionId: parsed.transactionId, reasons: parsed.reasons });
      continue;
    }
    const id = parsed.record.transactionId;
    if (firstSeen.has(id)) {
      const where = firstSeen.get(id);
      rows.push({
        line,
        record: position,
        transactionId: id,
        reasons: [`the same transactionId is already on ${where ? `line ${where}` : "an earlier record"}`],
      });
      continue;
    }
    firstSeen.set(id, line ?? position);
    const at = parsed.record.transactionDate;
    if (!first || at < first) first = at;
    if (!last || at > last) last = at;
  }
  return { count, rows, first, last };
}

async function write(format: FileFormat, content: Buffer, runId: string) {
  return withFundingWriteTransaction(async (client) => {
    const total = { inserted: 0, changed: 0, unchanged: 0 };
    let batch: FundingRecordInput[] = [];
    let keepStored: readonly FundingRecordField[] = [];
    const flush = async () => {
      // A column the file lacks (our export has no lenderReferenceId) leaves stored values alone.
      const counts = await upsertFundingRecords(client, batch, runId, { keepStored });
      await recordFundingRecordEvents(
        client,
        batch.map((record) => record.transactionId),
      );
      total.inserted += counts.inserted;
      total.changed += counts.changed;
      total.unchanged += counts.unchanged;
      batch = [];
    };
    for await (const { raw, absent } of readFundingReportFile(format, content)) {
      keepStored = absent;
      const parsed = parseFundingRecord(raw);
      if (!parsed.ok) throw new Error("the file changed between validation and writing"); // cannot happen: same bytes
      batch.push(parsed.record);
      if (batch.length >= BATCH) await flush();
    }
    if (batch.length) await flush();
    return total;
  });
}

function mebibytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) ? 1 : 0);
}
