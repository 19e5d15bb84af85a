// Reads a page's query with a zod object schema, parameter by parameter: a bad value
// is dropped and explained, the rest of the filters still apply. A page shows the
// messages instead of crashing on a hand-edited or outdated URL. Any value with a NUL or
// over MAX_QUERY_TEXT characters is refused before its schema sees it, whatever the list.
import type { z } from "zod";

import { queryTextProblem } from "./limits";
import type { RawSearchParams } from "./search-param-types";

export type ParsedSearchParams<T> = { values: T; issues: string[] };

/**
 * Each parameter is named in messages ("From date: …") by `labels`, else by its schema's
 * description (`.describe("From date")`), else by its key.
 */
export function parseSearchParams<S extends z.ZodObject>(
  schema: S,
  raw: RawSearchParams | URLSearchParams,
  labels: Partial<Record<keyof S["shape"] & string, string>> = {},
): ParsedSearchParams<z.output<S>> {
  const input = raw instanceof URLSearchParams ? fromUrlSearchParams(raw) : raw;
  const values: Record<string, unknown> = {};
  const issues: string[] = [];
  for (const [key, field] of Object.entries(schema.shape) as [string, z.ZodType][]) {
    const label = (labels as Record<string, string | undefined>)[key] ?? field.description ?? key;
    const refused = [input[key] ?? []]
      .flat()
      .map(queryTextProblem)
      .filter((problem) => problem !== null);
    const parsed = refused.length ? null : field.safeParse(input[key]);
    if (parsed?.success) {
      values[key] = parsed.data;
      continue;
    }
    issues.push(
      ...(parsed ? parsed.error.issues.map((issue) => issue.message) : refused).map(
        (message) => `${label}: ${message}`,
      ),
    );
    const fallback = field.safeParse(undefined);
    values[key] = fallback.success ? fallback.data : undefined;
  }
  return { values: values as z.output<S>, issues: [...new Set(issues)] };
}

function fromUrlSearchParams(params: URLSearchParams): RawSearchParams {
  const result: RawSearchParams = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    result[key] = all.length === 1 ? all[0] : all;
  }
  return result;
}
