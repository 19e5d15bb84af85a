// The delivery log: every request the providers sent, newest first, filterable by URL.
import type { Metadata } from "next";
import Link from "next/link";

import { activeDeliveryFilters } from "@/app/(dashboard)/deliveries/active-delivery-filters";
import {
  FlagBadge,
  HttpStatus,
  ProcessingBadge,
  VerificationBadge,
} from "@/app/(dashboard)/deliveries/delivery-badges";
import { DeliveryFilterBar } from "@/app/(dashboard)/deliveries/delivery-filter-bar";
import { ReplayAll } from "@/app/(dashboard)/deliveries/replay-all";
import { buttonClasses } from "@/components/button";
import { DataTable, Td, Th } from "@/components/data-table";
import { DateTime } from "@/components/date-time";
import { EmptyState } from "@/components/empty-state";
import { ActiveFilters } from "@/components/list/active-filters";
import { NoMatches } from "@/components/list/no-matches";
import { Pagination } from "@/components/list/pagination";
import { SearchParamIssues } from "@/components/list/search-param-issues";
import { PageHeader } from "@/components/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { countRecentFailures } from "@/lib/deliveries/count-recent-failures";
import { FAILURE_DEFINITION } from "@/lib/deliveries/delivery-failure";
import { providerLabels } from "@/lib/deliveries/delivery-labels";
import { findDeliveries, type DeliveryListRow } from "@/lib/deliveries/find-deliveries";
import { DELIVERY_PAGE_SIZE } from "@/lib/deliveries/find-deliveries-schema";
import { listEventTypes } from "@/lib/deliveries/list-event-types";
import { countActiveFilters, readDeliveryFilters } from "@/lib/deliveries/read-delivery-filters";
import { formatCount } from "@/lib/format/format-count";
import { appTimeZone } from "@/lib/format/format-date-time";
import { firstPageHref, pageHref, toSearchParams } from "@/lib/pagination/keyset";
import type { RawSearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Deliveries" };

const PATH = "/deliveries";
const FAILURES_HREF = `${PATH}?failure=yes&within=24h`;

export default async function DeliveriesPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requirePermission("viewOperations");
  const query = await searchParams;
  const { filters, cursor, issues } = readDeliveryFilters(query);
  const timeZone = appTimeZone();
  const [page, failures, storedEventTypes] = await Promise.all([
    findDeliveries({ filters, cursor, timeZone }),
    countRecentFailures(),
    listEventTypes(),
  ]);
  const eventTypes = [...new Set([...storedEventTypes, ...filters.eventType])].sort();
  const activeCount = countActiveFilters(filters);
  const filterQuery = toSearchParams(query);
  filterQuery.delete("cursor");

  return (
    <>
      <PageHeader
        title="Deliveries"
        description="Every postback and webhook the providers sent us, exactly as received: our answer, the signature check, and what processing did with it."
        actions={<FailureCount count={failures} />}
      />
      <SearchParamIssues issues={issues} />
      <DeliveryFilterBar filters={filters} eventTypes={eventTypes} activeCount={activeCount} />
      <ActiveFilters pathname={PATH} query={query} filters={activeDeliveryFilters(filters)} />

      {page.rows.length === 0 ? (
        activeCount > 0 || cursor ? (
          <NoMatches noun="deliveries" clearHref={PATH}>
            Try a wider date range or fewer filters. A search matches a whole id exactly (a request token, order id,
            application id or delivery id), not part of one.
          </NoMatches>
        ) : (
          <EmptyState
            title="No deliveries yet"
            action={
              can(user.role, "viewSettings") ? (
                <Link href="/settings" className={buttonClasses({ variant: "primary" })}>
                  Open Settings
                </Link>
              ) : undefined
            }
          >
            Nothing has arrived from WeGetFinancing or ChargeAfter so far. Give each provider the receiver URL shown on
            Settings (<code className="font-mono text-xs">/api/postbacks/wegetfinancing</code> and{" "}
            <code className="font-mono text-xs">/api/webhooks/chargeafter</code>); every request they send will be
            listed here.
          </EmptyState>
        )
      ) : (
        <>
          <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
            <p className="text-xs text-gray-600">
              Newest first, {DELIVERY_PAGE_SIZE} per page. Times in {timeZone}.
            </p>
            {can(user.role, "replayDelivery") && <ReplayAll query={filterQuery.toString()} />}
          </div>
          <DeliveryTable rows={page.rows} />
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

function FailureCount({ count }: { count: number }) {
  return (
    <div className="text-right">
      <Link
        href={FAILURES_HREF}
        title={FAILURE_DEFINITION}
        aria-describedby="failure-definition"
        className={`inline-flex items-center gap-1.5 rounded-md px-2.5 py-1.5 text-sm font-medium ring-1 ring-inset ${
          count > 0
            ? "bg-red-50 text-red-800 ring-red-200 hover:bg-red-100"
            : "bg-white text-gray-700 ring-gray-200 hover:bg-gray-50"
        }`}
      >
        <span aria-hidden="true" className={`size-2 rounded-full ${count > 0 ? "bg-red-600" : "bg-green-600"}`} />
        <span className="tabular-nums">{formatCount(count)}</span> {count === 1 ? "failure" : "failures"} in the last 24
        hours
      </Link>
      <p id="failure-definition" className="mt-1 max-w-xs text-xs text-gray-600 sm:ml-auto">
        Answered 4xx/5xx, rejected, unreadable, or failed while applied.
      </p>
    </div>
  );
}

function DeliveryTable({ rows }: { rows: DeliveryListRow[] }) {
  return (
    <DataTable caption="Deliveries, newest first: received at, provider and endpoint, event type, our HTTP status, verification, duplicate, processing and flags">
      <thead>
        <tr>
          <Th>Received</Th>
          <Th>Provider</Th>
          <Th>Event type</Th>
          <Th title="The HTTP status we answered with">HTTP</Th>
          <Th>Verification</Th>
          <Th title="Duplicate of an earlier delivery">Dup. of</Th>
          <Th>Processing</Th>
          <Th>Flags</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="hover:bg-gray-50">
            <Td className="whitespace-nowrap">
              <Link
                href={`${PATH}/${row.id}`}
                className="font-medium text-accent-700 underline-offset-2 hover:underline"
              >
                <DateTime value={row.receivedAt} />
                <span className="sr-only">, open delivery {row.id}</span>
              </Link>
            </Td>
            <Td className="whitespace-nowrap">
              {providerLabels[row.provider]}
              <span className="block font-mono text-[0.6875rem] text-gray-600">
                {row.endpoint.replace(/^\/api\//, "")}
              </span>
            </Td>
            <Td className="font-mono text-xs">{row.eventType ?? <span className="text-gray-500">—</span>}</Td>
            <Td>
              <HttpStatus status={row.responseStatus} />
            </Td>
            <Td>
              <VerificationBadge value={row.verification} />
            </Td>
            <Td className="whitespace-nowrap">
              {row.duplicateOfId ? (
                <Link
                  href={`${PATH}/${row.duplicateOfId}`}
                  className="text-xs text-accent-700 underline-offset-2 hover:underline"
                  title={`Duplicate of ${row.duplicateOfId}`}
                >
                  …{row.duplicateOfId.slice(-6)}
                </Link>
              ) : (
                <span className="text-gray-500">—</span>
              )}
            </Td>
            <Td className="whitespace-nowrap">
              <span title={row.processingError ?? undefined} className="inline-flex items-center gap-1">
                <ProcessingBadge value={row.processing} />
                {row.replayCount > 0 && <span className="text-xs text-gray-600">↻{row.replayCount}</span>}
              </span>
            </Td>
            <Td>
              <span className="flex flex-wrap gap-1">
                {row.flags.length ? (
                  row.flags.map((flag) => <FlagBadge key={flag} flag={flag} />)
                ) : (
                  <span className="text-gray-500">—</span>
                )}
              </span>
            </Td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
