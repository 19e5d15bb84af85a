// A list's filters as a plain GET form: the URL holds the state, so a view can be
// bookmarked and shared, and it works without JavaScript. On narrow screens the
// fields fold behind a "Filters" toggle (a CSS-only checkbox, no script needed).
// Below the form, the filters in force in words ("Filtered by"); their count on the
// toggle is the number of those words, so the two never disagree.
import Link from "next/link";
import type { ReactNode } from "react";

import { buttonClasses } from "@/components/button";
import { ActiveFilters, type ActiveFilter } from "@/components/list/active-filters";
import { SearchFilter, type SearchWords } from "@/components/list/search-filter";
import { SearchParamIssues } from "@/components/list/search-param-issues";
import type { RawSearchParams } from "@/lib/search-params";

/** What the page read from its query, as the filter bar shows it. */
export type FilterView = {
  /** The list's path: submitting the form loads it with the fields as its query. */
  path: string;
  /** The page's query, to remove one filter at a time. */
  query: RawSearchParams;
  /** The filters in force, in words (the list's active-*-filters.ts). */
  active: ActiveFilter[];
  /** What in the query was not understood (and so not applied), said above the form. */
  issues: string[];
};

type FilterBarProps = {
  view: FilterView;
  /** The free-text field, first in the form: its words, and the `q` it holds. */
  search?: SearchWords;
  q?: string;
  /** An id prefix, unique on the page. */
  id?: string;
  children: ReactNode;
};

export function FilterBar({ view, search, q, id = "filters", children }: FilterBarProps) {
  const { path: action, query, active, issues } = view;
  return (
    <>
      <SearchParamIssues issues={issues} />
      <FilterForm action={action} activeCount={active.length} id={id}>
        {search && <SearchFilter {...search} value={q} />}
        {children}
      </FilterForm>
      <ActiveFilters pathname={action} query={query} filters={active} />
    </>
  );
}

type FilterFormProps = { action: string; activeCount: number; id: string; children: ReactNode };

function FilterForm({ action, activeCount, id, children }: FilterFormProps) {
  return (
    <section aria-label="Filters" className="mb-4">
      <input type="checkbox" id={`${id}-toggle`} className="peer sr-only md:hidden" />
      <label
        htmlFor={`${id}-toggle`}
        className={`${buttonClasses({ size: "sm" })} cursor-pointer peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent-600 md:hidden`}
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className="size-3.5"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.75"
        >
          <path d="M3 5h14M6 10h8M9 15h2" />
        </svg>
        Filters{activeCount > 0 && <span className="tabular-nums"> ({activeCount})</span>}
      </label>
      <form
        method="get"
        action={action}
        role="search"
        aria-label="Filter the list"
        className="mt-2 hidden flex-wrap items-end gap-x-3 gap-y-2 rounded-lg border border-gray-200 bg-white p-3 shadow-sm peer-checked:flex md:mt-0 md:flex"
      >
        {children}
        <div className="flex items-center gap-2">
          <button type="submit" className={buttonClasses({ variant: "primary", size: "sm" })}>
            Apply
          </button>
          {activeCount > 0 && (
            <Link href={action} className={buttonClasses({ variant: "ghost", size: "sm" })}>
              Clear filters
            </Link>
          )}
        </div>
      </form>
    </section>
  );
}
