// The bounds every input path enforces (README "Limits"): days a filter, export or sync
// may name, and the size of any text in a query string.

/** The first and last calendar day a filter, export or sync range may name. */
export const MIN_DAY = "2000-01-01";
export const MAX_DAY = "2099-12-31";

/** Any single query-string value: at most this many characters. */
export const MAX_QUERY_TEXT = 200;

/** Why a query-string value is refused before its own schema reads it, or null when it may be read. */
export function queryTextProblem(value: string): string | null {
  // PostgreSQL text cannot hold NUL: such a value could only fail the query.
  if (value.includes("\0")) return "Remove the NUL character (%00): it cannot be part of a search.";
  if (value.length > MAX_QUERY_TEXT) return `Use at most ${MAX_QUERY_TEXT} characters.`;
  return null;
}
