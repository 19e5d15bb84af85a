// Disputes: every dispute ChargeAfter reported, most recently opened first, filterable by URL.
import type { Metadata } from "next";

import { EmptyState } from "@/components/empty-state";
import { ExportLinks } from "@/components/list/export-links";
import { ListResults, type NoRows } from "@/components/list/list-results";
import { listPageReader } from "@/components/list/read-list-page";
import { PageHeader } from "@/components/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { findDisputes, listDisputeLenders } from "@/lib/disputes/find-disputes";
import { DISPUTE_PAGE_SIZE } from "@/lib/disputes/find-disputes-schema";
import { readDisputeFilters } from "@/lib/disputes/read-dispute-filters";
import type { RawSearchParams } from "@/lib/search-params";

import { activeDisputeFilters, DisputeFilterBar } from "./dispute-filter-bar";
import { disputeTable } from "./dispute-table";

export const metadata: Metadata = { title: "Disputes" };

const PATH = "/disputes";

const NO_ROWS: NoRows = {
  noun: "disputes",
  noMatches:
    "Try fewer filters or a wider date range. A search matches a whole id exactly (our dispute id, ChargeAfter's dispute id, the lender's dispute id or the application id), not part of one.",
  empty: (
    <EmptyState title="No disputes yet">
      No dispute has been reported. When a customer disputes a purchase, ChargeAfter sends{" "}
      <code className="font-mono text-xs">disputes.created</code> to{" "}
      <code className="font-mono text-xs">/api/webhooks/chargeafter</code>, and the dispute appears here with every
      update.
    </EmptyState>
  ),
};

const readPage = listPageReader(PATH, readDisputeFilters, activeDisputeFilters);

export default async function DisputesPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requirePermission("viewOperations");
  const { filters, cursor, timeZone, viewOf } = await readPage(searchParams);
  const now = new Date();
  const [page, lenders] = await Promise.all([findDisputes({ filters, cursor, timeZone, now }), listDisputeLenders()]);
  const list = viewOf(page);

  return (
    <>
      <PageHeader
        title="Disputes"
        description="Disputes customers opened with their lender on a ChargeAfter purchase, and how far each has come: open, updated by the lender, resolved."
      />
      <DisputeFilterBar view={list} filters={filters} lenders={lenders} />
      {can(user.role, "exportLists") && <ExportLinks href="/api/disputes/export" view={list} noun="disputes" />}
      <ListResults
        list={list}
        noRows={NO_ROWS}
        note={`Most recently opened first, ${DISPUTE_PAGE_SIZE} per page. Times in ${timeZone}.`}
        table={disputeTable(now, timeZone)}
      />
    </>
  );
}
