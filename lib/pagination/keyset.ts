// Keyset ("seek") pagination for lists ordered newest first by (time desc, id desc).
// The cursor is opaque to users: base64url of the sort key of the row to continue
// from, and which way to go. Pages stay stable while new rows arrive, and a deep page
// costs the same as the first (no OFFSET).
import { z } from "zod";

export type Direction = "older" | "newer";

/** Where a page continues from: the sort key of a row on the page before, and the way to go. */
export type Cursor = { at: Date; id: string; direction: Direction };

/** The sort key of a row: its time and a unique tiebreaker (usually the primary key). */
export type SortKey = { at: Date; id: string };

export type Page<T> = {
  rows: T[];
  /** Cursor of the page of newer rows, or null on the first page. */
  newer: string | null;
  /** Cursor of the page of older rows, or null on the last page. */
  older: string | null;
};

/** What a list's tiebreaker id is: a UUID primary key, or a provider's text id (no NUL, which PostgreSQL text cannot hold). */
export type CursorIdKind = "uuid" | "text";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const idSchemas: Record<CursorIdKind, z.ZodType<string>> = {
  uuid: z.string().regex(UUID),
  text: z
    .string()
    .min(1)
    .max(200)
    .refine((id) => !id.includes("\0")),
};

const cursorSchema = z.object({
  // Year 0000 parses in JavaScript but is no timestamp PostgreSQL takes.
  t: z.iso.datetime({ offset: true }).refine((t) => new Date(t).getUTCFullYear() >= 1),
  i: z.string(),
  d: z.enum(["o", "n"]),
});

export function encodeCursor(cursor: Cursor): string {
  const payload = { t: cursor.at.toISOString(), i: cursor.id, d: cursor.direction === "older" ? "o" : "n" };
  return Buffer.from(JSON.stringify(payload), "utf8").toString("base64url");
}

/**
 * The cursor in a URL, or null when it is absent or not one of ours (edited, truncated, or
 * with an id the list's query could not take: a cursor is never sent to the database unchecked).
 */
export function decodeCursor(value: string | null | undefined, idKind: CursorIdKind = "uuid"): Cursor | null {
  if (!value || value.length > 600 || !/^[A-Za-z0-9_-]+$/.test(value)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const parsed = cursorSchema.safeParse(json);
  if (!parsed.success || !idSchemas[idKind].safeParse(parsed.data.i).success) return null;
  return { at: new Date(parsed.data.t), id: parsed.data.i, direction: parsed.data.d === "o" ? "older" : "newer" };
}

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

/**
 * Turns the rows fetched with `take: pageSize + 1` into a page (newest first) with
 * the cursors of its neighbours. `atFirstPage` is false when the caller came from a
 * newer page, so a page of older rows always offers the way back.
 */
export function toPage<T>(
  fetched: T[],
  options: { pageSize: number; cursor: Cursor | null; key: (row: T) => SortKey },
): Page<T> {
  const { pageSize, cursor, key } = options;
  const hasMore = fetched.length > pageSize;
  const slice = fetched.slice(0, pageSize);
  const walkingBack = cursor?.direction === "newer";
  const rows = walkingBack ? slice.reverse() : slice;
  const first = rows[0];
  const last = rows[rows.length - 1];
  const cursorAt = (row: T | undefined, direction: Direction) =>
    row ? encodeCursor({ ...key(row), direction }) : null;

  if (!cursor) return { rows, newer: null, older: hasMore ? cursorAt(last, "older") : null };
  if (walkingBack) return { rows, newer: hasMore ? cursorAt(first, "newer") : null, older: cursorAt(last, "older") };
  return {
    rows,
    newer: cursorAt(first, "newer") ?? encodeCursor({ ...cursor, direction: "newer" }),
    older: hasMore ? cursorAt(last, "older") : null,
  };
}

type QueryInput = URLSearchParams | Record<string, string | string[] | undefined>;

/** The same list URL with another cursor (or none: the first page); every filter is kept. */
export function pageHref(pathname: string, query: QueryInput, cursor: string | null, cursorParam = "cursor"): string {
  const params = toSearchParams(query);
  params.delete(cursorParam);
  if (cursor) params.set(cursorParam, cursor);
  const search = params.toString();
  return search ? `${pathname}?${search}` : pathname;
}

/** The first page of the same list: the filters without the cursor. */
export function firstPageHref(pathname: string, query: QueryInput, cursorParam = "cursor"): string {
  return pageHref(pathname, query, null, cursorParam);
}

export function toSearchParams(query: QueryInput): URLSearchParams {
  if (query instanceof URLSearchParams) return new URLSearchParams(query);
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, item);
  }
  return params;
}

/**
 * Fetches one page: `fetch` runs the query with `keysetWhere(cursor, …)`,
 * `keysetOrderBy(cursor, …)` and `take`. Walking back past the newest row lands on
 * the first page, so "Newer" never ends on a short page.
 */
export async function fetchPage<T>(options: {
  cursor: Cursor | null;
  pageSize: number;
  key: (row: T) => SortKey;
  fetch: (cursor: Cursor | null, take: number) => Promise<T[]>;
}): Promise<Page<T>> {
  const { cursor, pageSize, key, fetch } = options;
  const page = toPage(await fetch(cursor, pageSize + 1), { pageSize, cursor, key });
  if (cursor?.direction === "newer" && page.newer === null)
    return toPage(await fetch(null, pageSize + 1), { pageSize, cursor: null, key });
  return page;
}
