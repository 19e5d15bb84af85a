// /search?q=: the one text, read by the shared query reader (at most 200 characters, no
// NUL, refused in words), and what it can also mean: an exact amount ("1299.99", "$1,299.99").
import { z } from "zod";

import { searchParam } from "@/lib/search-params/param-schemas";
import { parseSearchParams } from "@/lib/search-params/parse-search-params";
import type { RawSearchParams } from "@/lib/search-params/search-param-types";

const schema = z.object({ q: searchParam() });

export type SearchQuery = { q: string | undefined; amount: string | undefined; issues: string[] };

export function readSearchQuery(raw: RawSearchParams | URLSearchParams): SearchQuery {
  const { values, issues } = parseSearchParams(schema, raw);
  const q = values.q?.trim() || undefined;
  return { q, amount: q ? readAmount(q) : undefined, issues };
}

/** "1299.99" for "1299.99", "$1,299.99" or "1299.9"; undefined when the text is no amount a column holds. */
export function readAmount(q: string): string | undefined {
  const match = /^\$?\s*(\d{1,3}(?:,\d{3})+|\d{1,12})(?:\.(\d{1,2}))?$/.exec(q);
  if (!match) return undefined;
  const whole = match[1]!.replace(/,/g, "");
  return `${BigInt(whole).toString()}.${(match[2] ?? "").padEnd(2, "0")}`;
}
