// Keyset ("seek") conditions for lists ordered newest first by (time desc, id desc), as a
// Prisma `where`/`orderBy` for findMany; keyset-sql.ts writes the same rule as SQL for the
// lists read with raw SQL. Walking older takes the rows before the cursor's key, walking
// newer the rows after it in ascending order (the pager turns them back).
// Also the one entry for the cursor, the pager and page links (no database import here:
// the list components read page links from this module).
import type { Cursor } from "./cursor";

export * from "./cursor";
export * from "./pager";
export * from "./page-href";

/**
 * The Prisma `where` part that continues after the cursor, for a list ordered by
 * (timeField desc, idField desc). `timeField <= t` bounds the index range; the OR
 * only separates rows that share the cursor's time.
 */
export function keysetWhere<TF extends string, IF extends string>(cursor: Cursor | null, timeField: TF, idField: IF) {
  if (!cursor) return {};
  const [bound, strict] = cursor.direction === "older" ? (["lte", "lt"] as const) : (["gte", "gt"] as const);
  return {
    AND: [
      { [timeField]: { [bound]: cursor.at } },
      {
        OR: [{ [timeField]: { [strict]: cursor.at } }, { [timeField]: cursor.at, [idField]: { [strict]: cursor.id } }],
      },
    ],
  } as { AND: Record<string, unknown>[] };
}

/** The Prisma `orderBy` for the page: newest first, or oldest first when walking back to newer rows. */
export function keysetOrderBy<TF extends string, IF extends string>(cursor: Cursor | null, timeField: TF, idField: IF) {
  const direction = cursor?.direction === "newer" ? "asc" : "desc";
  return [{ [timeField]: direction }, { [idField]: direction }] as [
    Record<TF, "asc" | "desc">,
    Record<IF, "asc" | "desc">,
  ];
}

/** A findMany page's `where` (the filters AND the cursor's condition) and `orderBy`. */
export function keysetFindArgs<W, TF extends string, IF extends string>(
  cursor: Cursor | null,
  where: W[],
  timeField: TF,
  idField: IF,
) {
  return {
    where: { AND: [...where, keysetWhere(cursor, timeField, idField)] },
    orderBy: keysetOrderBy(cursor, timeField, idField),
  };
}
