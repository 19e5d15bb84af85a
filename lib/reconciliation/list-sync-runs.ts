// The latest funding syncs and imports, newest first, for the page's run history. Runs
// whose server stopped mid-way are closed as FAILED first (sync-run-liveness.ts).
import "server-only";

import { z } from "zod";

import { db } from "@/lib/db/client";

import { closeAbandonedSyncRuns } from "./sync-run-liveness";
import { toSyncRunSummary, type SyncRunSummary } from "./sync-run-summary";

export const listSyncRunsSchema = z.object({ limit: z.number().int().min(1).max(200).default(20) });

export async function listSyncRuns(input: z.input<typeof listSyncRunsSchema> = {}): Promise<SyncRunSummary[]> {
  const { limit } = listSyncRunsSchema.parse(input);
  await closeAbandonedSyncRuns();
  const runs = await db().syncRun.findMany({ orderBy: [{ startedAt: "desc" }, { id: "desc" }], take: limit });
  return runs.map(toSyncRunSummary);
}
