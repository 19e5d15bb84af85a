// The latest funding syncs and imports, newest first, for the page's run history.
import { z } from "zod";
import { db } from "../db/client";
import { toSyncRunSummary, type SyncRunSummary } from "./sync-run-summary";

export const listSyncRunsSchema = z.object({ limit: z.number().int().min(1).max(200).default(20) });

export async function listSyncRuns(input: z.input<typeof listSyncRunsSchema> = {}): Promise<SyncRunSummary[]> {
  const { limit } = listSyncRunsSchema.parse(input);
  const runs = await db().syncRun.findMany({ orderBy: [{ startedAt: "desc" }, { id: "desc" }], take: limit });
  return runs.map(toSyncRunSummary);
}
