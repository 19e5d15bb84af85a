// Financing requests: every request staff (or the shop) made, newest first, with its state in
// words, filterable by URL, so a request can be found again once its page is left.
import type { Metadata } from "next";
import Link from "next/link";

import { buttonClasses } from "@/components/button";
import { EmptyState } from "@/components/empty-state";
import { ListResults, type NoRows } from "@/components/list/list-results";
import { listPageReader } from "@/components/list/read-list-page";
import { PageHeader } from "@/components/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { findFinancingRequests } from "@/lib/financing-requests/find-financing-requests";
import { FINANCING_REQUEST_PAGE_SIZE } from "@/lib/financing-requests/find-financing-requests-schema";
import { readFinancingRequestFilters } from "@/lib/financing-requests/read-financing-request-filters";
import type { RawSearchParams } from "@/lib/search-params";

import { activeFinancingRequestFilters, FinancingRequestFilterBar } from "./financing-request-filter-bar";
import { financingRequestTable } from "./financing-request-table";

export const metadata: Metadata = { title: "Financing requests" };

const PATH = "/financing-requests";

const NO_ROWS: NoRows = {
  noun: "financing requests",
  noMatches:
    "Try fewer filters or a wider date range. A search finds words of 3 or more letters in the customer's name or email, or a whole merchant transaction id or request token.",
  empty: (
    <EmptyState title="No financing requests yet">
      A request is made with <strong>New financing request</strong> (a phone or in-store sale) or by the shop; each one
      is listed here with what became of it.
    </EmptyState>
  ),
};

const readPage = listPageReader(PATH, readFinancingRequestFilters, activeFinancingRequestFilters);

export default async function FinancingRequestsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requirePermission("viewOperations");
  const { filters, cursor, timeZone, viewOf } = await readPage(searchParams);
  const page = await findFinancingRequests({ filters, cursor, timeZone });
  const list = viewOf(page);

  return (
    <>
      <PageHeader
        title="Financing requests"
        description="Each financing request and what became of it: waiting for the customer, approved and ordered, declined, cancelled, refused by WeGetFinancing."
        actions={
          can(user.role, "createFinancingRequest") && (
            <Link href="/financing-requests/new" className={buttonClasses({ variant: "primary" })}>
              New financing request
            </Link>
          )
        }
      />
      <FinancingRequestFilterBar view={list} filters={filters} />
      <ListResults
        list={list}
        noRows={NO_ROWS}
        note={`Newest first, ${FINANCING_REQUEST_PAGE_SIZE} per page. Times in ${timeZone}.`}
        table={financingRequestTable}
      />
    </>
  );
}
