// The keyset rule of keyset.ts as SQL fragments, for the lists read with raw SQL (orders,
// funding records): the one place their keyset WHERE and ORDER BY are written.
// `time <= t` bounds the index range; the OR only separates the rows that share the time.
import "server-only";

import { Prisma } from "@/lib/db/client";

import type { Cursor, CursorIdKind } from "./cursor";

/** How a list's sort key is spelled in SQL: its columns, and the type of its id. */
export type KeysetColumns = { at: Prisma.Sql; id: Prisma.Sql; idType: CursorIdKind };

const OPERATORS = { older: [Prisma.raw("<="), Prisma.raw("<")], newer: [Prisma.raw(">="), Prisma.raw(">")] } as const;

/**
 * `where`: the condition after the cursor (none on the first page), to AND with the
 * filters; `orderBy`: the page's order. The cursor's values are bind parameters.
 */
export function keysetSql(cursor: Cursor | null, columns: KeysetColumns): { where: Prisma.Sql[]; orderBy: Prisma.Sql } {
  const { at, id } = columns;
  const dir = Prisma.raw(cursor?.direction === "newer" ? "ASC" : "DESC");
  const orderBy = Prisma.sql`${at} ${dir}, ${id} ${dir}`;
  if (!cursor) return { where: [], orderBy };
  const [bound, strict] = OPERATORS[cursor.direction];
  const t = Prisma.sql`${cursor.at.toISOString()}::timestamptz`;
  const i = columns.idType === "uuid" ? Prisma.sql`${cursor.id.toLowerCase()}::uuid` : Prisma.sql`${cursor.id}`;
  return { where: [Prisma.sql`${at} ${bound} ${t} AND (${at} ${strict} ${t} OR ${id} ${strict} ${i})`], orderBy };
}
