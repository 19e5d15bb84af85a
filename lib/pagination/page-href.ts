// Links between the pages of a list: the same URL with another cursor, every filter kept.
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
