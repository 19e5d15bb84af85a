// The page cursor of a keyset ("seek") list ordered newest first by (time desc, id desc).
// Opaque to users: base64url of the sort key of the row to continue from, and which way
// to go. Decoding checks it whole, the id included, before any query sees it.
import { z } from "zod";

import { UUID } from "@/lib/search-params/is-uuid";

export type Direction = "older" | "newer";

/** Where a page continues from: the sort key of a row on the page before, and the way to go. */
export type Cursor = { at: Date; id: string; direction: Direction };

/** The sort key of a row: its time and a unique tiebreaker (usually the primary key). */
export type SortKey = { at: Date; id: string };

/** What a list's tiebreaker id is: a UUID primary key, or a provider's text id (no NUL, which PostgreSQL text cannot hold). */
export type CursorIdKind = "uuid" | "text";

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
