// The funding report: what ChargeAfter's lenders funded, record by record, with counts per
// status, exact totals and a chart of the filtered set, our own check of approved orders
// nothing was funded for, the CSV export of exactly this view, and the sync/import.
import { TZDate } from "@date-fns/tz";
import { format, subDays } from "date-fns";
import type { Metadata } from "next";
import Link from "next/link";

import { activeFundingFilters } from "@/app/(dashboard)/reconciliation/active-funding-filters";
import { FundedAmountChart } from "@/app/(dashboard)/reconciliation/funded-amount-chart";
import { FundingFilterBar } from "@/app/(dashboard)/reconciliation/funding-filter-bar";
import { fundingRecordTable } from "@/app/(dashboard)/reconciliation/funding-record-table";
import { FundingStatusChips } from "@/app/(dashboard)/reconciliation/funding-status-chips";
import { FundingTotals } from "@/app/(dashboard)/reconciliation/funding-totals";
import { ImportReportForm } from "@/app/(dashboard)/reconciliation/import-report-form";
import { OrdersWithoutFundingTable } from "@/app/(dashboard)/reconciliation/orders-without-funding-table";
import { ReconciliationTabs } from "@/app/(dashboard)/reconciliation/reconciliation-tabs";
import { runningSyncJob } from "@/app/(dashboard)/reconciliation/sync-jobs";
import { SyncNow } from "@/app/(dashboard)/reconciliation/sync-now";
import { SyncRunTable } from "@/app/(dashboard)/reconciliation/sync-run-table";
import { buttonClasses } from "@/components/button";
import { EmptyState } from "@/components/empty-state";
import { ListResults, type NoRows } from "@/components/list/list-results";
import { listPageReader } from "@/components/list/read-list-page";
import { PageHeader } from "@/components/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { env } from "@/lib/config/env";
import { formatCount } from "@/lib/format/format-count";
import { toSearchParams } from "@/lib/pagination/keyset";
import { chargeAfterApiAccess } from "@/lib/providers/chargeafter/api-base-url";
import { findFundingRecords } from "@/lib/reconciliation/find-funding-records";
import { findOrdersWithoutFunding } from "@/lib/reconciliation/find-orders-without-funding";
import { FUNDING_PAGE_SIZE, readFundingFilters } from "@/lib/reconciliation/funding-filters";
import { fundingOverview } from "@/lib/reconciliation/funding-overview";
import { listFundingLenderNames } from "@/lib/reconciliation/list-funding-lender-names";
import { listSyncRuns } from "@/lib/reconciliation/list-sync-runs";
import type { RawSearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Reconciliation" };

const PATH = "/reconciliation";

const UNFUNDED_DAYS = 7;
const UNFUNDED_SHOWN = 5;
const linkClass = "link"; // app/globals.css

/** The empty report points those who may sync to the sync and import. */
const noRows = (maySync: boolean): NoRows => ({
  noun: "funding records",
  noMatches: (
    <>
      Try a wider date range or fewer filters. A search matches a whole order, transaction or charge id exactly, or part
      of the customer&apos;s name or email. With &ldquo;Date of: Funding&rdquo; only funded records are listed.
    </>
  ),
  empty: (
    <EmptyState title="No funding records yet">
      The funding report lists what ChargeAfter&apos;s lenders funded for your charges.{" "}
      {maySync ? (
        <>
          <a href="#funding-sync" className={linkClass}>
            Sync it from ChargeAfter or import a report file
          </a>{" "}
          to fill it.
        </>
      ) : (
        "Finance or an admin can sync it from ChargeAfter or import a report file."
      )}
    </EmptyState>
  ),
});

const readPage = listPageReader(PATH, readFundingFilters, activeFundingFilters);

export default async function ReconciliationPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requirePermission("viewFunding");
  const { query, filters, cursor, timeZone, viewOf } = await readPage(searchParams);
  const mayExport = can(user.role, "exportFunding");
  const maySync = can(user.role, "syncFunding");

  const [page, { byStatus, totals, split, chart, overLimit }, lenders, runs, unfunded] = await Promise.all([
    findFundingRecords({ filters, cursor, timeZone }),
    fundingOverview({ filters, timeZone }),
    listFundingLenderNames(),
    maySync ? listSyncRuns({ limit: 10 }) : Promise.resolve([]),
    findOrdersWithoutFunding({ days: UNFUNDED_DAYS, pageSize: UNFUNDED_SHOWN }),
  ]);
  const counts = overLimit ? null : Object.fromEntries(byStatus.byStatus.map((s) => [s.status, s.count]));
  const list = viewOf(page);
  const search = toSearchParams(query).toString();
  const exportHref = `/api/reconciliation/export${search ? `?${search}` : ""}`;
  const today = TZDate.tz(timeZone);

  return (
    <>
      <PageHeader
        title="Reconciliation"
        description="What ChargeAfter's lenders funded, record by record, and whether each transaction reconciles with the charge: mismatches, missing originals, and our approved orders with nothing funded yet."
        actions={
          <>
            {maySync && (
              <a href="#funding-sync" className={buttonClasses({ size: "sm", variant: "ghost" })}>
                Sync or import ↓
              </a>
            )}
            {mayExport && (
              <a href={exportHref} download className={buttonClasses({ size: "sm", variant: "primary" })}>
                Export CSV<span className="sr-only"> of the records in this view</span>
              </a>
            )}
          </>
        }
      />
      <ReconciliationTabs current="/reconciliation" />
      <FundingStatusChips view={list} counts={counts} selected={filters.status} />
      <FundingFilterBar view={list} filters={filters} lenders={lenders} />

      {overLimit ? (
        <p
          data-testid="totals-over-limit"
          className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200 ring-inset"
        >
          More than {formatCount(overLimit)} records match this search: they are listed below, but not counted or
          summed. Search a fuller name, an email or an id, or add dates, for their totals and chart.
        </p>
      ) : (
        <FundingTotals totals={totals} split={split} dateField={filters.dateField} timeZone={timeZone} />
      )}
      {totals.count > 0 && <FundedAmountChart chart={chart} />}

      <ListResults
        list={list}
        noRows={noRows(maySync)}
        note={`Newest ${filters.dateField === "fundedAt" ? "funding" : "transaction"} date first, ${FUNDING_PAGE_SIZE} per page. Times in ${timeZone}. Open a transaction id for its customer, ids and earlier versions.`}
        table={fundingRecordTable(filters.dateField)}
      />

      <section aria-labelledby="unfunded-heading" className="mt-8">
        <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="unfunded-heading" className="text-base font-semibold text-gray-900">
            Approved orders with no funding record after {UNFUNDED_DAYS} days
          </h2>
          <Link href={`${PATH}/unfunded?days=${UNFUNDED_DAYS}`} className={`${linkClass} text-sm`}>
            {unfunded.older ? "See all" : "Open the list"}
            <span className="sr-only"> of approved orders with no funding record</span> →
          </Link>
        </div>
        <p className="mb-2 text-sm text-gray-600">
          Our own check: ChargeAfter applications we saw approved or confirmed, last changed more than {UNFUNDED_DAYS}{" "}
          days ago, that no funding record points at. The lender may not have funded them yet, or the report has them
          under ids we cannot match (see{" "}
          <Link href={`${PATH}?match=unmatched`} className={linkClass}>
            records with no local match
          </Link>
          ).
        </p>
        {unfunded.rows.length ? (
          <OrdersWithoutFundingTable rows={unfunded.rows} />
        ) : (
          <p className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-900 ring-1 ring-green-200 ring-inset">
            Every approved order older than {UNFUNDED_DAYS} days has a funding record.
          </p>
        )}
      </section>

      {maySync && (
        <section id="funding-sync" aria-labelledby="funding-sync-heading" className="mt-8 scroll-mt-4">
          <h2 id="funding-sync-heading" className="mb-2 text-base font-semibold text-gray-900">
            Sync and import
          </h2>
          <div className="grid gap-4 lg:grid-cols-2">
            <div className="rounded-lg border border-gray-200 bg-white p-3 shadow-sm">
              <h3 className="mb-2 text-sm font-semibold text-gray-900">Sync from ChargeAfter</h3>
              <SyncNow
                configured={chargeAfterApiAccess(env()) !== null}
                defaultFrom={format(subDays(today, 6), "yyyy-MM-dd")}
                defaultTo={format(today, "yyyy-MM-dd")}
                runningJob={runningSyncJob()}
              />
            </div>
            <div className="rounded-lg border border-gray-200 bg-white p-3 shadow-sm">
              <h3 className="mb-2 text-sm font-semibold text-gray-900">Import a report file</h3>
              <ImportReportForm />
            </div>
          </div>
          <h3 className="mt-4 mb-2 text-sm font-semibold text-gray-900">Recent syncs and imports</h3>
          <SyncRunTable runs={runs} />
        </section>
      )}
    </>
  );
}
