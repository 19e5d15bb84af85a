// Issues: what the alert checks found (lib/alerts). Open issues first, all of them (one per
// group, so few); below, the resolved ones, most recently resolved first, by keyset pages.
import type { Metadata } from "next";

import { ListTable } from "@/components/data-table";
import { EmptyState } from "@/components/empty-state";
import { ListResults, type NoRows } from "@/components/list/list-results";
import { listPageReader } from "@/components/list/read-list-page";
import { PageHeader } from "@/components/page-header";
import { readAlertFilters, RESOLVED_ALERTS_PAGE_SIZE } from "@/lib/alerts/alert-filters";
import { findOpenAlerts, findResolvedAlerts } from "@/lib/alerts/find-alerts";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import type { RawSearchParams } from "@/lib/search-params";

import { activeIssueFilters, IssueFilterBar } from "./issue-filter-bar";
import { issueTable } from "./issue-table";

export const metadata: Metadata = { title: "Issues" };

const PATH = "/issues";

const NO_ROWS: NoRows = {
  noun: "resolved issues",
  noMatches: "Try another kind, or all of them.",
  empty: <p className="text-sm text-gray-600">No issue has been resolved yet.</p>,
};

const readPage = listPageReader(PATH, readAlertFilters, activeIssueFilters);

export default async function IssuesPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requirePermission("viewOperations");
  const { filters, cursor, timeZone, viewOf } = await readPage(searchParams);
  const [open, resolved] = await Promise.all([findOpenAlerts(filters), findResolvedAlerts({ filters, cursor })]);
  const list = viewOf(resolved);
  const mayAcknowledge = can(user.role, "acknowledgeAlerts");

  return (
    <>
      <PageHeader
        title="Issues"
        description="What the desk noticed by itself, checked every minute: disputes opened, deliveries failing or refused, failed syncs, new mismatches, approved orders with no funding. Each resolves when its cause stops; acknowledging says someone is on it."
      />
      <IssueFilterBar view={list} filters={filters} />
      <section aria-labelledby="open-issues" className="mb-8">
        <h2 id="open-issues" className="mb-2 text-base font-semibold text-gray-900">
          Open
        </h2>
        {open.length ? (
          <ListTable {...issueTable("Open issues", mayAcknowledge)} rows={open} />
        ) : (
          <EmptyState title="Nothing needs attention">
            No open issue{filters.kind.length ? " of these kinds" : ""}.
          </EmptyState>
        )}
      </section>
      <section aria-labelledby="resolved-issues">
        <h2 id="resolved-issues" className="mb-2 text-base font-semibold text-gray-900">
          Resolved
        </h2>
        <ListResults
          list={list}
          noRows={NO_ROWS}
          note={`Most recently resolved first, ${RESOLVED_ALERTS_PAGE_SIZE} per page. Times in ${timeZone}.`}
          table={issueTable("Resolved issues", false)}
        />
      </section>
    </>
  );
}
