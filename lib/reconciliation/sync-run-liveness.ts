// A sync or import in progress holds a session-level advisory lock named after its run, on
// a connection of its own. A server that stops mid-run loses that connection and with it
// the lock, so a RUNNING run whose lock can be taken has nobody working on it any more: it
// is closed as FAILED instead of showing "running" forever. Works across app instances.
import pg from "pg";
import { v7 as uuidv7 } from "uuid";

import { pgPool, singleConnectionConfig } from "@/lib/db/pg-pool";

const lockSql = (fn: string) => `SELECT ${fn}(hashtext('financing-desk:sync-run:' || $1)) AS ok`;

export type HeldSyncRun = { runId: string; release: () => Promise<void> };

/** A new run id, locked before its row exists, so no reader can mistake it for abandoned. */
export async function holdNewSyncRun(): Promise<HeldSyncRun> {
  const runId = uuidv7();
  const client = new pg.Client(singleConnectionConfig());
  client.on("error", () => {}); // a lost connection only frees the lock; the run ends on its own
  await client.connect();
  try {
    await client.query(lockSql("pg_advisory_lock"), [runId]);
  } catch (error) {
    await client.end().catch(() => {});
    throw error;
  }
  return { runId, release: () => client.end().catch(() => {}) };
}

const ABANDONED = {
  API: "The server stopped while this sync ran (a restart or a crash). The pages written before are kept; run the sync again to complete it.",
  FILE: "The server stopped while this file was imported (a restart or a crash). Nothing was imported; import the file again.",
} as const;

/** Closes RUNNING runs nobody holds any more (only those of `ids` when given); returns how many. */
export async function closeAbandonedSyncRuns(ids?: string[]): Promise<number> {
  // One connection for the whole check: the pool is shared, and holding one while asking for a second could wait on itself.
  const client = await pgPool().connect();
  let closed = 0;
  try {
    const { rows: running } = await client.query<{ id: string; source: keyof typeof ABANDONED }>(
      `SELECT id::text, source::text FROM "SyncRun" WHERE status = 'RUNNING' AND ($1::uuid[] IS NULL OR id = ANY($1::uuid[]))`,
      [ids ?? null],
    );
    for (const run of running) {
      const { rows } = await client.query<{ ok: boolean }>(lockSql("pg_try_advisory_lock"), [run.id]);
      if (!rows[0]?.ok) continue; // its server is still at work
      try {
        const { rowCount } = await client.query(
          `UPDATE "SyncRun" SET status = 'FAILED', "finishedAt" = now(), error = $2 WHERE id = $1 AND status = 'RUNNING'`,
          [run.id, ABANDONED[run.source]],
        );
        closed += rowCount ?? 0;
      } finally {
        await client.query(lockSql("pg_advisory_unlock"), [run.id]);
      }
    }
  } finally {
    client.release();
  }
  return closed;
}
