// /search?q=: every kind of record the text names (ids, customer name or email, order id,
// exact amount), grouped by kind, each row with its status. Every role may search; what a
// role may not open is said, not linked (lib/search decides on the server).
import type { Metadata } from "next";

import { SearchBox } from "@/components/app-nav";
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
      <div className="mb-4 max-w-xl">
        <SearchBox id="search-page-q" label="Search for" value={query.q} visibleLabel />
      </div>
      <SearchParamIssues issues={query.issues} />
      {groups ? (
        <SearchResults q={query.q!} groups={groups} />
      ) : (
        !query.issues.length && <p className="text-sm text-gray-600">Type a name, an email, an id or an amount.</p>
      )}
    </>
  );
}
