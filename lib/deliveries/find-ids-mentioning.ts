import "server-only";

import { db } from "@/lib/db/client";
import { storableId } from "@/lib/ingest/storable-delivery";

const CAP = 5_000;

/**
 * The deliveries whose payload carries this id, read from the GIN index on searchIds.
 * Without it, a search for a rare id next to "newest first, 50 rows" makes PostgreSQL
 * walk the whole log backwards. Undefined when the id is too common to list: then the
 * plain filter is fast, because matches turn up early.
 */
export async function findIdsMentioning(q: string): Promise<string[] | undefined> {
  const rows = await db().$queryRaw<{ id: string }[]>`
    SELECT id::text FROM "Delivery" WHERE "searchIds" @> ARRAY[${storableId(q)}]::text[] LIMIT ${CAP}`;
  return rows.length < CAP ? rows.map((row) => row.id) : undefined;
}
