// The page cursor of a list URL (`?cursor=`), read the same way by every list: a cursor
// that does not decode, or whose id the list's query could not take, is dropped and
// explained like any other bad parameter, and the list shows its first page.
import { decodeCursor, type Cursor, type CursorIdKind } from "@/lib/pagination/cursor";

import type { RawSearchParams } from "./search-param-types";

export type CursorParam = { cursor: Cursor | null; issue: string | null };

export function readCursorParam(
  raw: RawSearchParams | URLSearchParams,
  options: { idKind: CursorIdKind; firstPage: string; param?: string },
): CursorParam {
  const param = options.param ?? "cursor";
  const value = raw instanceof URLSearchParams ? raw.get(param) : raw[param];
  const text = Array.isArray(value) ? value[0] : value;
  if (!text) return { cursor: null, issue: null };
  const cursor = decodeCursor(text, options.idKind);
  return cursor
    ? { cursor, issue: null }
    : { cursor: null, issue: `The page link is not valid (perhaps cut short); showing ${options.firstPage}.` };
}
