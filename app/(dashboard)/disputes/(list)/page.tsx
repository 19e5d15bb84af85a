// Disputes: every dispute ChargeAfter reported, most recently opened first, filterable by URL.
import type { Metadata } from "next";
import Link from "next/link";

import { DisputeStatusBadge } from "@/app/(dashboard)/disputes/dispute-badges";
import { DataTable, Td, Th } from "@/components/data-table";
import { DateTime } from "@/components/date-time";
import { EmptyState } from "@/components/empty-state";
import { ActiveFilters, type ActiveFilter } from "@/components/list/active-filters";
import { FilterBar, FilterField, filterInputClasses } from "@/components/list/filter-bar";
import { MultiSelect, type Option } from "@/components/list/multi-select";
import { NoMatches } from "@/components/list/no-matches";
import { Pagination } from "@/components/list/pagination";
import { DateRangeFilter, SearchFilter } from "@/components/list/search-filter";
import { SearchParamIssues } from "@/components/list/search-param-issues";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { DisputeStatus } from "@/lib/db/generated/enums";
import { disputeAgeDays, disputeAgeLabels, disputeStatusLabels } from "@/lib/disputes/dispute-labels";
import { findDisputes, listDisputeLenders, type DisputeListRow } from "@/lib/disputes/find-disputes";
import { DISPUTE_AGES, DISPUTE_PAGE_SIZE, type DisputeFilters } from "@/lib/disputes/find-disputes-schema";
import { countActiveDisputeFilters, readDisputeFilters } from "@/lib/disputes/read-dispute-filters";
import { appTimeZone } from "@/lib/format/format-date-time";
import { firstPageHref, pageHref } from "@/lib/pagination/keyset";
import type { RawSearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Disputes" };

const PATH = "/disputes";
const linkClass = "font-medium text-accent-700 underline-offset-2 hover:underline";
const statusOptions: Option[] = Object.values(DisputeStatus).map((value) => ({
  value,
  label: disputeStatusLabels[value].label,
}));

export default async function DisputesPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await requirePermission("viewOperations");
  const query = await searchParams;
  const { filters, cursor, issues } = readDisputeFilters(query);
  const timeZone = appTimeZone();
  const now = new Date();
  const [page, storedLenders] = await Promise.all([
    findDisputes({ filters, cursor, timeZone, now }),
    listDisputeLenders(),
  ]);
  const lenders = [...new Set([...storedLenders, ...filters.lender])].sort();
  const activeCount = countActiveDisputeFilters(filters);

  return (
    <>
      <PageHeader
        title="Disputes"
        description="Disputes customers opened with their lender on a ChargeAfter purchase, and how far each has come: open, updated by the lender, resolved."
      />
      <SearchParamIssues issues={issues} />
      <DisputeFilterBar filters={filters} lenders={lenders} activeCount={activeCount} />
      <ActiveFilters pathname={PATH} query={query} filters={activeDisputeFilters(filters)} />

      {page.rows.length === 0 ? (
        activeCount > 0 || cursor ? (
          <NoMatches noun="disputes" clearHref={PATH}>
            Try fewer filters or a wider date range. A search matches a whole id exactly (our dispute id,
            ChargeAfter&apos;s dispute id, the lender&apos;s dispute id or the application id), not part of one.
          </NoMatches>
        ) : (
          <EmptyState title="No disputes yet">
            No dispute has been reported. When a customer disputes a purchase, ChargeAfter sends{" "}
            <code className="font-mono text-xs">disputes.created</code> to{" "}
            <code className="font-mono text-xs">/api/webhooks/chargeafter</code>, and the dispute appears here with
            every update.
          </EmptyState>
        )
      ) : (
        <>
          <p className="mb-2 text-xs text-gray-600">
            Most recently opened first, {DISPUTE_PAGE_SIZE} per page. Times in {timeZone}.
          </p>
          <DisputeTable rows={page.rows} now={now} />
          <Pagination
            newerHref={page.newer ? pageHref(PATH, query, page.newer) : null}
            olderHref={page.older ? pageHref(PATH, query, page.older) : null}
            firstHref={cursor ? firstPageHref(PATH, query) : null}
          />
        </>
      )}
    </>
  );
}

function DisputeFilterBar({
  filters,
  lenders,
  activeCount,
}: {
  filters: DisputeFilters;
  lenders: string[];
  activeCount: number;
}) {
  return (
    <FilterBar action={PATH} activeCount={activeCount}>
      <SearchFilter
        label="Search ids"
        placeholder="Dispute, lender or application id…"
        hint="Exact match on our dispute id, ChargeAfter's dispute id, the lender's dispute id or the application id."
        value={filters.q}
        monospace
      />
      <MultiSelect name="status" label="Status" options={statusOptions} selected={filters.status} />
      <MultiSelect
        name="lender"
        label="Lender"
        options={lenders.map((l) => ({ value: l, label: l }))}
        selected={filters.lender}
      />
      <FilterField label="Age" htmlFor="filter-age">
        <select id="filter-age" name="age" defaultValue={filters.age ?? ""} className={filterInputClasses}>
          <option value="">Any age</option>
          {DISPUTE_AGES.map((age) => (
            <option key={age} value={age}>
              Opened over {age} days ago
            </option>
          ))}
        </select>
      </FilterField>
      <DateRangeFilter from={filters.from} to={filters.to} fromLabel="Opened from" toLabel="Opened to" />
    </FilterBar>
  );
}

function activeDisputeFilters(filters: DisputeFilters): ActiveFilter[] {
  const chips: ActiveFilter[] = [];
  if (filters.q) chips.push({ param: "q", label: `Id: ${filters.q}` });
  for (const value of filters.status)
    chips.push({ param: "status", value, label: `Status: ${disputeStatusLabels[value].label}` });
  for (const value of filters.lender) chips.push({ param: "lender", value, label: `Lender: ${value}` });
  if (filters.age) chips.push({ param: "age", label: disputeAgeLabels[filters.age] });
  if (filters.from) chips.push({ param: "from", label: `Opened from ${filters.from}` });
  if (filters.to) chips.push({ param: "to", label: `Opened to ${filters.to}` });
  return chips;
}

function DisputeTable({ rows, now }: { rows: DisputeListRow[]; now: Date }) {
  return (
    <DataTable caption="Disputes, most recently opened first: dispute id, lender's dispute id, lender, status, opened, age in days, resolved and application">
      <thead>
        <tr>
          <Th>Dispute</Th>
          <Th>Lender&apos;s id</Th>
          <Th>Lender</Th>
          <Th>Status</Th>
          <Th>Opened</Th>
          <Th title="Whole days open: until now, or until it was resolved">Age (days)</Th>
          <Th>Resolved</Th>
          <Th>Application</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="hover:bg-gray-50">
            <Td className="whitespace-nowrap">
              <Link href={`${PATH}/${row.id}`} className={`${linkClass} font-mono text-xs`}>
                {row.externalId}
                <span className="sr-only">, open dispute {row.id}</span>
              </Link>
            </Td>
            <Td className="font-mono text-xs whitespace-nowrap">
              {row.lenderDisputeId ?? <span className="text-gray-500">—</span>}
            </Td>
            <Td className="whitespace-nowrap">
              {row.lenderName ?? row.lenderId ?? <span className="text-gray-500">—</span>}
              {row.lenderName && row.lenderId && (
                <span className="block font-mono text-[0.6875rem] text-gray-600">{row.lenderId}</span>
              )}
            </Td>
            <Td>
              <DisputeStatusBadge value={row.status} />
            </Td>
            <Td>
              <DateTime value={row.openedAt} />
            </Td>
            <Td className="text-right">{disputeAgeDays(row.openedAt, row.resolvedAt, now)}</Td>
            <Td>
              <DateTime value={row.resolvedAt} fallback="Not yet" />
            </Td>
            <Td className="whitespace-nowrap">
              {row.application ? (
                <Link href={`/applications/${row.application.id}`} className={`${linkClass} font-mono text-xs`}>
                  {row.application.externalId}
                </Link>
              ) : (
                <span className="text-gray-500" title="The dispute names no application we know">
                  Unknown
                </span>
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
