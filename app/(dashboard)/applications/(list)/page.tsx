// The applications list: every financing application across both providers, with how
// many each status holds under the filters, filterable by URL.
import type { Metadata } from "next";
import Link from "next/link";

import { activeApplicationFilters } from "@/app/(dashboard)/applications/active-application-filters";
import { applicationStatusTones } from "@/app/(dashboard)/applications/application-badges";
import { ApplicationFilterBar } from "@/app/(dashboard)/applications/application-filter-bar";
import { EmptyState } from "@/components/empty-state";
import { ExportLinks } from "@/components/list/export-links";
import { ListResults, type NoRows } from "@/components/list/list-results";
import { listPageReader } from "@/components/list/read-list-page";
import { StatusChips } from "@/components/list/status-chips";
import { PageHeader } from "@/components/page-header";
import {
  APPLICATION_STATUS_ORDER,
  applicationSortLabels,
  applicationStatusLabels,
} from "@/lib/applications/application-labels";
import {
  countApplicationsByStatus,
  findApplications,
  listLenderNames,
  SEARCH_COUNT_LIMIT,
  STATUS_COUNT_LIMIT,
} from "@/lib/applications/find-applications";
import { APPLICATION_PAGE_SIZE } from "@/lib/applications/find-applications-schema";
import { readApplicationFilters } from "@/lib/applications/read-application-filters";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { formatCount } from "@/lib/format/format-count";
import type { RawSearchParams } from "@/lib/search-params";

import { applicationTable } from "./application-table";

export const metadata: Metadata = { title: "Applications" };

const PATH = "/applications";

const NO_ROWS: NoRows = {
  noun: "applications",
  noMatches:
    "Try fewer filters or a wider date range. A search matches a whole id exactly (application, merchant transaction or order id), or at least three letters of the customer's name or email.",
  empty: (
    <EmptyState title="No applications yet">
      Applications appear here as soon as WeGetFinancing or ChargeAfter sends its first postback or webhook about one.
      The{" "}
      <Link href="/deliveries" className="link">
        delivery log
      </Link>{" "}
      shows everything that has arrived.
    </EmptyState>
  ),
};

const statusChips = APPLICATION_STATUS_ORDER.map((status) => ({
  value: status,
  ...applicationStatusLabels[status],
  tone: applicationStatusTones[status],
}));

const readPage = listPageReader(PATH, readApplicationFilters, activeApplicationFilters);

export default async function ApplicationsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requirePermission("viewOperations");
  const { filters, cursor, timeZone, viewOf } = await readPage(searchParams);
  const [page, counts, lenders] = await Promise.all([
    findApplications({ filters, cursor, timeZone }),
    countApplicationsByStatus({ filters, timeZone }),
    listLenderNames(),
  ]);
  const list = viewOf(page);
  const sort = filters.sort ?? "lastEventAt";

  return (
    <>
      <PageHeader
        title="Applications"
        description="Every financing application customers started with WeGetFinancing and ChargeAfter, with each lender's answer and the events behind it."
      />
      <StatusChips
        label="Applications by status"
        view={list}
        chips={statusChips}
        counts={counts}
        selected={filters.status}
        limit={STATUS_COUNT_LIMIT}
        notCounted={`More than ${formatCount(SEARCH_COUNT_LIMIT)} applications match this search: not counted by status.`}
      />
      <ApplicationFilterBar view={list} filters={filters} lenders={lenders} />
      {can(user.role, "exportLists") && <ExportLinks href="/api/applications/export" view={list} noun="applications" />}
      <ListResults
        list={list}
        noRows={NO_ROWS}
        note={`${applicationSortLabels[sort]}, ${APPLICATION_PAGE_SIZE} per page. Times in ${timeZone}.`}
        table={applicationTable(sort)}
      />
    </>
  );
}
