// Hands committed events to the queue. Events are numbered here, one hand-off at a time across
// instances (an advisory lock until commit), so `sequence` follows commit order and the feed
// never passes an event that commits later; their deliveries are queued in the same
// transaction. A process killed after the change's commit leaves its events unnumbered: the
// next hand-off, on any instance, sends them.
import type pg from "pg";

import { pgPool } from "@/lib/db/pg-pool";
import { enqueueEventDeliveries, type DueDelivery } from "@/lib/jobs/event-queue";

const BATCH = 500;
/** A due attempt whose job has not run this long after its time is queued again (the job was lost). */
const OVERDUE = "30 seconds";

const NUMBER_SQL = `
  WITH next AS (
    SELECT id, row_number() OVER (ORDER BY "createdAt", id) AS n
    FROM (SELECT id, "createdAt" FROM "OutboundEvent" WHERE sequence IS NULL ORDER BY "createdAt", id LIMIT ${BATCH}) e
  ),
  top AS (SELECT COALESCE(max(sequence), 0) AS last FROM "OutboundEvent")
  UPDATE "OutboundEvent" e SET sequence = top.last + next.n FROM next, top WHERE e.id = next.id RETURNING e.id`;

async function handOffBatch(client: pg.PoolClient): Promise<number> {
  await client.query("BEGIN");
  try {
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('financing-desk:event-sequence'))`);
    const numbered = await client.query<{ id: string }>(NUMBER_SQL);
    if (numbered.rows.length) {
      const due = await client.query<DueDelivery>(
        `SELECT id::text, "nextAttemptAt" FROM "EventDelivery" WHERE "eventId" = ANY($1::text[]) AND status = 'PENDING'`,
        [numbered.rows.map((row) => row.id)],
      );
      await enqueueEventDeliveries(due.rows, client);
    }
    await client.query("COMMIT");
    return numbered.rows.length;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

/** Numbers and queues every waiting event; returns how many events it numbered. */
export async function handOffEvents(): Promise<number> {
  const client = await pgPool().connect();
  try {
    let total = 0;
    for (;;) {
      const events = await handOffBatch(client);
      total += events;
      if (events < BATCH) return total;
    }
  } finally {
    client.release();
  }
}

/** Queues again the attempts that are overdue (their job was lost, or a resend had no queue at hand). */
export async function requeueOverdueDeliveries(): Promise<number> {
  const { rows } = await pgPool().query<DueDelivery>(
    `SELECT id::text, "nextAttemptAt" FROM "EventDelivery"
     WHERE status = 'PENDING' AND "nextAttemptAt" <= now() - interval '${OVERDUE}'
     ORDER BY "nextAttemptAt" LIMIT ${BATCH}`,
  );
  await enqueueEventDeliveries(rows);
  return rows.length;
}
