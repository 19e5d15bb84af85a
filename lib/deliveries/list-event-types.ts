// The event types to offer in the log's filter: every distinct normalised event type
// stored, read with a loose index scan over the (eventType, receivedAt, id) index:
// one index probe per distinct value, so it costs the same at 1M rows as at 100
// (a plain SELECT DISTINCT reads every row). Capped: unknown providers' types are
// stored as received and could be many.
import { db } from "@/lib/db/client";

export const EVENT_TYPE_LIMIT = 200;

export async function listEventTypes(limit = EVENT_TYPE_LIMIT): Promise<string[]> {
  const rows = await db().$queryRaw<{ eventType: string }[]>`
    WITH RECURSIVE types AS (
      (SELECT "eventType" FROM "Delivery" WHERE "eventType" IS NOT NULL ORDER BY "eventType" LIMIT 1)
      UNION ALL
      SELECT (SELECT d."eventType" FROM "Delivery" d WHERE d."eventType" > types."eventType" ORDER BY d."eventType" LIMIT 1)
      FROM types WHERE types."eventType" IS NOT NULL
    )
    SELECT "eventType" FROM types WHERE "eventType" IS NOT NULL LIMIT ${limit}`;
  return rows.map((row) => row.eventType);
}
