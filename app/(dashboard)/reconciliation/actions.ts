"use server";

// Funding sync and report-file import (finance and admin). Every action goes through
// defineAction: signed in → syncFunding permission → input schema → the work.
import { revalidatePath } from "next/cache";
import { z } from "zod";

import { defineAction } from "@/lib/auth/action";
import { env } from "@/lib/config/env";
import { UserFacingError } from "@/lib/errors/user-facing-error";
import { chargeAfterApiAccess } from "@/lib/providers/chargeafter/api-base-url";
import { importFundingReport, type ImportRowProblem } from "@/lib/reconciliation/import-funding-report";
import { syncRangeSchema } from "@/lib/reconciliation/sync-funding-records-schema";
import type { SyncRunSummary } from "@/lib/reconciliation/sync-run-summary";

import { IMPORT_PROBLEMS_SHOWN, IMPORT_UPLOAD_LIMIT_TEXT, IMPORT_UPLOAD_MAX_BYTES } from "./import-limits";
import { startSyncJob, syncJob, type SyncJob } from "./sync-jobs";

const NOT_CONFIGURED = "Not configured: set CHARGEAFTER_PRIVATE_KEY to sync from ChargeAfter, or import a report file.";

/** Starts a sync of the range in the background; the page polls fundingSyncProgressAction. */
export const startFundingSyncAction = defineAction(
  "syncFunding",
  syncRangeSchema,
  async (range, user): Promise<{ message: string; data: SyncJob }> => {
    if (!chargeAfterApiAccess(env())) throw new UserFacingError(NOT_CONFIGURED);
    const { job, alreadyRunning } = await startSyncJob({
      from: range.from,
      to: range.to,
      actor: user,
    });
    return {
      message: alreadyRunning
        ? `A sync of ${job.from} to ${job.to} started by ${job.startedByEmail} is still running; showing its progress.`
        : `Sync of ${job.from} to ${job.to} started.`,
      data: job,
    };
  },
);

export const fundingSyncProgressAction = defineAction(
  "syncFunding",
  z.object({ jobId: z.uuid() }),
  async ({ jobId }): Promise<{ data: SyncJob }> => {
    const job = await syncJob(jobId);
    if (!job) throw new UserFacingError("There is no such sync run. Recent runs and their outcome are listed below.");
    if (job.state !== "running") revalidatePath("/reconciliation");
    return { data: job };
  },
);

export type ImportOutcome = {
  ok: boolean;
  run: SyncRunSummary;
  fileError: string | null;
  rows: ImportRowProblem[];
  /** Bad rows in all (rows holds at most IMPORT_PROBLEMS_SHOWN of them). */
  badRowCount: number;
};

const importSchema = z.object({
  file: z
    .instanceof(File, { error: "Choose a report file (CSV or JSON)." })
    .refine((file) => file.size > 0 && file.name !== "", { error: "Choose a report file (CSV or JSON)." })
    .refine((file) => file.size <= IMPORT_UPLOAD_MAX_BYTES, {
      error: `The file is larger than ${IMPORT_UPLOAD_LIMIT_TEXT}: split the report by date range, or import it with \`npm run funding:import\`.`,
    }),
});

/** Imports a funding report file: all or nothing; bad rows come back with their line numbers. */
export const importFundingReportAction = defineAction(
  "syncFunding",
  importSchema,
  async ({ file }, user): Promise<{ message: string; data: ImportOutcome }> => {
    const content = Buffer.from(await file.arrayBuffer());
    const result = await importFundingReport({
      fileName: file.name,
      content,
      actor: user,
    });
    revalidatePath("/reconciliation");
    if (result.ok) {
      const run = result.run;
      return {
        message: `Imported ${file.name}: ${run.fetchedCount.toLocaleString("en-US")} record${run.fetchedCount === 1 ? "" : "s"} (${run.newCount.toLocaleString("en-US")} new, ${run.changedCount.toLocaleString("en-US")} changed, ${run.unchangedCount.toLocaleString("en-US")} unchanged).`,
        data: { ok: true, run, fileError: null, rows: [], badRowCount: 0 },
      };
    }
    const bad = result.rows.length;
    return {
      message:
        result.fileError ??
        `${bad.toLocaleString("en-US")} bad row${bad === 1 ? "" : "s"} in ${file.name}: nothing was imported.`,
      data: {
        ok: false,
        run: result.run,
        fileError: result.fileError,
        rows: result.rows.slice(0, IMPORT_PROBLEMS_SHOWN),
        badRowCount: bad,
      },
    };
  },
);
