// What the list is filtered by, in words, each with a way to remove it.
import Link from "next/link";

import { pageHref, toSearchParams } from "@/lib/pagination/keyset";
import type { RawSearchParams } from "@/lib/search-params";

/**
 * One applied filter: the query parameter, the value (for a repeatable parameter;
 * omit it to remove the whole parameter), and how to say it.
 */
export type ActiveFilter = { param: string; value?: string; label: string };

type ActiveFiltersProps = { pathname: string; query: RawSearchParams; filters: ActiveFilter[]; clearHref?: string };

export function ActiveFilters({ pathname, query, filters, clearHref = pathname }: ActiveFiltersProps) {
  if (!filters.length) return null;
  return (
    <div className="mb-3 flex flex-wrap items-center gap-1.5 text-xs">
      <span className="font-medium text-gray-700">Filtered by:</span>
      <ul className="contents">
        {filters.map((filter) => (
          <li key={`${filter.param}=${filter.value ?? ""}`}>
            <Link
              href={withoutValue(pathname, query, filter)}
              className="inline-flex items-center gap-1 rounded-full bg-accent-50 py-0.5 pr-1.5 pl-2 text-accent-900 ring-1 ring-accent-200 ring-inset hover:bg-accent-100"
            >
              {filter.label}
              <span aria-hidden="true" className="text-accent-700">
                ×
              </span>
              <span className="sr-only">(remove this filter)</span>
            </Link>
          </li>
        ))}
      </ul>
      <Link href={clearHref} className="ml-1 font-medium text-accent-700 underline-offset-2 hover:underline">
        Clear filters
      </Link>
    </div>
  );
}

function withoutValue(pathname: string, query: RawSearchParams, filter: ActiveFilter): string {
  const params = toSearchParams(query);
  const remove = filter.value?.toLowerCase();
  const kept =
    remove === undefined ? [] : params.getAll(filter.param).filter((value) => value.trim().toLowerCase() !== remove);
  params.delete(filter.param);
  for (const value of kept) params.append(filter.param, value);
  return pageHref(pathname, params, null);
}
