// The transaction an event is written in: a Prisma transaction (most changes) or a plain
// pg client inside BEGIN … COMMIT (the funding writers' set-based upserts).
import type pg from "pg";

import type { Prisma } from "@/lib/db/client";

export type EventTx = Prisma.TransactionClient | pg.ClientBase;

export async function execute(tx: EventTx, sql: string, params: unknown[]): Promise<number> {
  if ("$executeRawUnsafe" in tx) return tx.$executeRawUnsafe(sql, ...params);
  const result = await tx.query(sql, params);
  return result.rowCount ?? 0;
}

/** The channel a committed event wakes the job runners on (NOTIFY is delivered at commit). */
export const EVENTS_CHANNEL = "financing_desk_events";

/** A UUIDv7 made by PostgreSQL (15 has no uuidv7()): the event ids sort by time like ours elsewhere. */
export const UUID7_SQL = `encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) placing substring(int8send(floor(extract(epoch from clock_timestamp()) * 1000)::bigint) from 3) from 1 for 6), 52, 1), 53, 1), 'hex')::uuid`;

/** ISO 8601 UTC with milliseconds, as every payload time is written. */
export const isoSql = (expr: string) => `to_char(${expr} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
