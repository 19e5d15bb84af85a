// /search?q=: every kind of record the text names (ids, customer name or email, order id,
// exact amount), grouped by kind, each row with its status. Every role may search; what a
// role may not open is said, not linked (lib/search decides on the server).
import type { Metadata } from "next";

import { SearchParamIssues } from "@/components/list/search-param-issues";
import { PageHeader } from "@/components/page-header";
import { requireUser } from "@/lib/auth/session";
import type { RawSearchParams } from "@/lib/search-params/search-param-types";
import { readSearchQuery } from "@/lib/search/read-search-query";
import { searchEverything } from "@/lib/search/search-everything";

import { SearchResults } from "./search-results";

export const metadata: Metadata = { title: "Search" };

export default async function SearchPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requireUser();
  const query = readSearchQuery(await searchParams);
  const groups = query.q ? await searchEverything({ q: query.q, amount: query.amount }, user.role) : null;
  return (
    <>
      <PageHeader
        title="Search"
        description="Applications, orders, financing requests, disputes, deliveries and funding records: by id, customer name or email, order id or exact amount (1299.99)."
      />
      <form role="search" action="/search" method="get" className="mb-4 flex flex-wrap items-end gap-2">
        <label htmlFor="search-page-q" className="text-sm font-medium text-gray-800">
          Search for
        </label>
        <input
          id="search-page-q"
          name="q"
          type="search"
          defaultValue={query.q ?? ""}
          maxLength={200}
          className="h-9 w-full rounded-md border border-gray-300 px-3 text-sm sm:w-96"
        />
        <button
          type="submit"
          className="h-9 rounded-md bg-accent-700 px-3 text-sm font-medium text-white hover:bg-accent-800"
        >
          Search
        </button>
      </form>
      <SearchParamIssues issues={query.issues} />
      {groups ? (
        <SearchResults q={query.q!} groups={groups} />
      ) : (
        !query.issues.length && <p className="text-sm text-gray-600">Type a name, an email, an id or an amount.</p>
      )}
    </>
  );
}
