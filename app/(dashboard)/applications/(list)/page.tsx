// The applications list: every financing application across both providers, with how
// many each status holds under the filters, filterable by URL.
import type { Metadata } from "next";
import Link from "next/link";

import { activeApplicationFilters } from "@/app/(dashboard)/applications/active-application-filters";
import { ApplicationStatusBadge, applicationStatusTones } from "@/app/(dashboard)/applications/application-badges";
import { ApplicationFilterBar } from "@/app/(dashboard)/applications/application-filter-bar";
import { DataTable, Td, Th } from "@/components/data-table";
import { DateTime } from "@/components/date-time";
import { EmptyState } from "@/components/empty-state";
import { ActiveFilters } from "@/components/list/active-filters";
import { NoMatches } from "@/components/list/no-matches";
import { Pagination } from "@/components/list/pagination";
import { SearchParamIssues } from "@/components/list/search-param-issues";
import { PageHeader } from "@/components/page-header";
import {
  APPLICATION_STATUS_ORDER,
  applicationSortLabels,
  applicationStatusLabels,
  customerName,
} from "@/lib/applications/application-labels";
import {
  countApplicationsByStatus,
  findApplications,
  listLenderNames,
  type ApplicationListRow,
  type StatusCounts,
} from "@/lib/applications/find-applications";
import { APPLICATION_PAGE_SIZE } from "@/lib/applications/find-applications-schema";
import { countActiveFilters, readApplicationFilters } from "@/lib/applications/read-application-filters";
import { requirePermission } from "@/lib/auth/session";
import type { ApplicationStatus } from "@/lib/db/generated/enums";
import { providerLabels } from "@/lib/deliveries/delivery-labels";
import { formatCount } from "@/lib/format/format-count";
import { appTimeZone } from "@/lib/format/format-date-time";
import { formatMoney } from "@/lib/format/format-money";
import { firstPageHref, pageHref, toSearchParams } from "@/lib/pagination/keyset";
import type { RawSearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Applications" };

const PATH = "/applications";

export default async function ApplicationsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await requirePermission("viewOperations");
  const query = await searchParams;
  const { filters, cursor, issues } = readApplicationFilters(query);
  const timeZone = appTimeZone();
  const [page, counts, storedLenders] = await Promise.all([
    findApplications({ filters, cursor, timeZone }),
    countApplicationsByStatus({ filters, timeZone }),
    listLenderNames(),
  ]);
  const lenders = [...new Set([...storedLenders, ...filters.lender])].sort((a, b) => a.localeCompare(b));
  const activeCount = countActiveFilters(filters);
  const sort = filters.sort ?? "lastEventAt";

  return (
    <>
      <PageHeader
        title="Applications"
        description="Every financing application customers started with WeGetFinancing and ChargeAfter, with each lender's answer and the events behind it."
      />
      <SearchParamIssues issues={issues} />
      <StatusChips query={query} counts={counts} selected={filters.status} />
      <ApplicationFilterBar filters={filters} lenders={lenders} activeCount={activeCount} />
      <ActiveFilters pathname={PATH} query={query} filters={activeApplicationFilters(filters)} />

      {page.rows.length === 0 ? (
        activeCount > 0 || cursor ? (
          <NoMatches noun="applications" clearHref={PATH}>
            Try fewer filters or a wider date range. A search matches a whole id exactly (application, merchant
            transaction or order id), or at least three letters of the customer&apos;s name or email.
          </NoMatches>
        ) : (
          <EmptyState title="No applications yet">
            Applications appear here as soon as WeGetFinancing or ChargeAfter sends its first postback or webhook about
            one. The{" "}
            <Link href="/deliveries" className="font-medium text-accent-700 underline-offset-2 hover:underline">
              delivery log
            </Link>{" "}
            shows everything that has arrived.
          </EmptyState>
        )
      ) : (
        <>
          <p className="mb-2 text-xs text-gray-600">
            {applicationSortLabels[sort]}, {APPLICATION_PAGE_SIZE} per page. Times in {timeZone}.
          </p>
          <ApplicationTable rows={page.rows} sort={sort} />
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

const chipTones: Record<string, string> = {
  neutral: "bg-gray-400",
  accent: "bg-accent-600",
  warning: "bg-amber-500",
  danger: "bg-red-600",
  success: "bg-green-600",
};

/** How many applications each status holds under the other filters; a chip shows only that status. */
function StatusChips({
  query,
  counts,
  selected,
}: {
  query: RawSearchParams;
  counts: StatusCounts;
  selected: ApplicationStatus[];
}) {
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const hrefWith = (status: ApplicationStatus | null) => {
    const params = toSearchParams(query);
    params.delete("status");
    if (status) params.set("status", status);
    return pageHref(PATH, params, null);
  };
  const chipClass = (active: boolean) =>
    `inline-flex items-center gap-1.5 rounded-full px-2.5 py-1 text-xs font-medium ring-1 ring-inset ${
      active ? "bg-accent-700 text-white ring-accent-700" : "bg-white text-gray-800 ring-gray-300 hover:bg-gray-50"
    }`;
  return (
    <nav aria-label="Applications by status" className="mb-3">
      <ul className="flex flex-wrap gap-1.5">
        <li>
          <Link
            href={hrefWith(null)}
            aria-current={selected.length === 0 ? "true" : undefined}
            className={chipClass(selected.length === 0)}
          >
            All <span className="tabular-nums">{formatCount(total)}</span>
          </Link>
        </li>
        {APPLICATION_STATUS_ORDER.map((status) => {
          const active = selected.length === 1 && selected[0] === status;
          const included = selected.includes(status);
          return (
            <li key={status}>
              <Link
                href={hrefWith(status)}
                aria-current={active ? "true" : undefined}
                title={applicationStatusLabels[status].description}
                className={chipClass(active || (included && selected.length > 1))}
              >
                <span
                  aria-hidden="true"
                  className={`size-2 rounded-full ${chipTones[applicationStatusTones[status]]}`}
                />
                {applicationStatusLabels[status].label}{" "}
                <span className="tabular-nums">{formatCount(counts[status])}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function ApplicationTable({ rows, sort }: { rows: ApplicationListRow[]; sort: "lastEventAt" | "createdAt" }) {
  return (
    <DataTable caption="Applications: id and provider, status, customer, requested and approved amounts, lender, merchant ids and last event">
      <thead>
        <tr>
          <Th>Application</Th>
          <Th>Status</Th>
          <Th>Customer</Th>
          <Th className="text-right">Requested</Th>
          <Th className="text-right">Approved</Th>
          <Th>Lender</Th>
          <Th>Merchant txn / order</Th>
          <Th>{sort === "createdAt" ? "First received" : "Last event"}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const name = customerName(row);
          return (
            <tr key={row.id} className="hover:bg-gray-50">
              <Td className="max-w-[16rem]">
                <Link
                  href={`${PATH}/${row.id}`}
                  className="font-mono text-xs font-medium break-all text-accent-700 underline-offset-2 hover:underline"
                >
                  {row.externalId}
                </Link>
                <span className="block text-xs text-gray-600">{providerLabels[row.provider]}</span>
              </Td>
              <Td>
                <ApplicationStatusBadge value={row.status} />
              </Td>
              <Td className="max-w-[16rem]">
                {name ?? (row.customerEmail ? null : <span className="text-gray-500">—</span>)}
                {row.customerEmail && (
                  <span className="block text-xs break-all text-gray-600">{row.customerEmail}</span>
                )}
              </Td>
              <Td className="text-right whitespace-nowrap">{formatMoney(row.requestedAmount, row.currency)}</Td>
              <Td className="text-right whitespace-nowrap">{formatMoney(row.approvedAmount, row.currency)}</Td>
              <Td className="whitespace-nowrap">
                {row.lenderName ?? row.lenderId ?? <span className="text-gray-500">—</span>}
              </Td>
              <Td className="max-w-[14rem] font-mono text-xs break-all">
                {row.merchantTransactionId ?? row.merchantOrderId ?? <span className="text-gray-500">—</span>}
                {row.merchantTransactionId &&
                  row.merchantOrderId &&
                  row.merchantOrderId !== row.merchantTransactionId && (
                    <span className="block text-gray-600">{row.merchantOrderId}</span>
                  )}
              </Td>
              <Td className="whitespace-nowrap">
                <DateTime value={sort === "createdAt" ? row.createdAt : row.lastEventAt} />
              </Td>
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}
