// A list's filters as a plain GET form: the URL holds the state, so a view can be
// bookmarked and shared, and it works without JavaScript. On narrow screens the
// fields fold behind a "Filters" toggle (a CSS-only checkbox, no script needed).
import Link from "next/link";
import type { ReactNode } from "react";

import { buttonClasses } from "@/components/button";

type FilterBarProps = {
  /** The list's path: submitting the form loads it with the fields as its query. */
  action: string;
  /** How many filters are in force (shown on the narrow-screen toggle). */
  activeCount: number;
  /** Where "Clear filters" goes: the list without a query. Defaults to `action`. */
  clearHref?: string;
  /** An id prefix, unique on the page. */
  id?: string;
  children: ReactNode;
};

export function FilterBar({ action, activeCount, clearHref = action, id = "filters", children }: FilterBarProps) {
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
            <Link href={clearHref} className={buttonClasses({ variant: "ghost", size: "sm" })}>
              Clear filters
            </Link>
          )}
        </div>
      </form>
    </section>
  );
}

/** A compact labelled field inside the filter bar. */
export function FilterField({
  label,
  htmlFor,
  children,
  className = "",
}: {
  label: string;
  htmlFor: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className={`flex min-w-0 flex-col ${className}`}>
      <label htmlFor={htmlFor} className="mb-0.5 text-xs font-medium text-gray-700">
        {label}
      </label>
      {children}
    </div>
  );
}

/** Input classes sized for the filter bar. */
export const filterInputClasses =
  "h-8 rounded-md border border-gray-300 bg-white px-2 text-sm text-gray-900 shadow-sm placeholder:text-gray-500 aria-invalid:border-red-600";
