// The delivery log: every request the providers sent, newest first, filterable by URL.
import type { Metadata } from "next";
import Link from "next/link";

import { activeDeliveryFilters } from "@/app/(dashboard)/deliveries/active-delivery-filters";
import { DeliveryFilterBar } from "@/app/(dashboard)/deliveries/delivery-filter-bar";
import { ReplayAll } from "@/app/(dashboard)/deliveries/replay-all";
import { buttonClasses } from "@/components/button";
import { EmptyState } from "@/components/empty-state";
import { ExportLinks } from "@/components/list/export-links";
import { ListResults, type NoRows } from "@/components/list/list-results";
import { listPageReader } from "@/components/list/read-list-page";
import { PageHeader } from "@/components/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { countRecentFailures } from "@/lib/deliveries/count-recent-failures";
import { FAILURE_DEFINITION } from "@/lib/deliveries/delivery-failure";
import { findDeliveries } from "@/lib/deliveries/find-deliveries";
import { DELIVERY_PAGE_SIZE } from "@/lib/deliveries/find-deliveries-schema";
import { listEventTypes } from "@/lib/deliveries/list-event-types";
import { readDeliveryFilters } from "@/lib/deliveries/read-delivery-filters";
import { formatCount } from "@/lib/format/format-count";
import { toSearchParams } from "@/lib/pagination/keyset";
import type { RawSearchParams } from "@/lib/search-params";

import { deliveryTable } from "./delivery-table";

export const metadata: Metadata = { title: "Deliveries" };

const PATH = "/deliveries";

/** The empty log offers Settings (the receiver URLs) to those who may open it. */
const noRows = (maySeeSettings: boolean): NoRows => ({
  noun: "deliveries",
  noMatches:
    "Try a wider date range or fewer filters. A search matches a whole id exactly (a request token, order id, application id or delivery id), not part of one.",
  empty: (
    <EmptyState
      title="No deliveries yet"
      action={
        maySeeSettings ? (
          <Link href="/settings" className={buttonClasses({ variant: "primary" })}>
            Open Settings
          </Link>
        ) : undefined
      }
    >
      Nothing has arrived from WeGetFinancing or ChargeAfter so far. Give each provider the receiver URL shown on
      Settings (<code className="font-mono text-xs">/api/postbacks/wegetfinancing</code> and{" "}
      <code className="font-mono text-xs">/api/webhooks/chargeafter</code>); every request they send will be listed
      here.
    </EmptyState>
  ),
});
const FAILURES_HREF = `${PATH}?failure=yes&within=24h`;

const readPage = listPageReader(PATH, readDeliveryFilters, activeDeliveryFilters);

export default async function DeliveriesPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requirePermission("viewOperations");
  const { query, filters, cursor, timeZone, viewOf } = await readPage(searchParams);
  const [page, failures, eventTypes] = await Promise.all([
    findDeliveries({ filters, cursor, timeZone }),
    countRecentFailures(),
    listEventTypes(),
  ]);
  const list = viewOf(page);
  const filterQuery = toSearchParams(query);
  filterQuery.delete("cursor");

  return (
    <>
      <PageHeader
        title="Deliveries"
        description="Every postback and webhook the providers sent us, exactly as received: our answer, the signature check, and what processing did with it."
        actions={<FailureCount count={failures} />}
      />
      <DeliveryFilterBar view={list} filters={filters} eventTypes={eventTypes} />
      {can(user.role, "exportLists") && <ExportLinks href="/api/deliveries/export" view={list} noun="deliveries" />}
      <ListResults
        list={list}
        noRows={noRows(can(user.role, "viewSettings"))}
        note={`Newest first, ${DELIVERY_PAGE_SIZE} per page. Times in ${timeZone}.`}
        actions={can(user.role, "replayDelivery") && <ReplayAll query={filterQuery.toString()} />}
        table={deliveryTable}
      />
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
