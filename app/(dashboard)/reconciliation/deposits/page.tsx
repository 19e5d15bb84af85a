// Deposits: the funded records summed per funded day and lender — what each lender's bank
// transfer for that day must come to — with finance's check of each against the bank statement.
import type { Metadata } from "next";

import { ReconciliationTabs } from "@/app/(dashboard)/reconciliation/reconciliation-tabs";
import { TotalsGrid } from "@/app/(dashboard)/reconciliation/totals-grid";
import { buttonClasses } from "@/components/button";
import { EmptyState } from "@/components/empty-state";
import { ListResults, type NoRows } from "@/components/list/list-results";
import { listPageReader } from "@/components/list/read-list-page";
import { PageHeader } from "@/components/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { formatCount } from "@/lib/format/format-count";
import { formatMoney } from "@/lib/format/format-money";
import { toSearchParams } from "@/lib/pagination/keyset";
import { DEPOSIT_PAGE_SIZE } from "@/lib/reconciliation/deposit-filters";
import { findDeposits, readDepositFilters, sumDeposits } from "@/lib/reconciliation/find-deposits";
import { listFundingLenderNames } from "@/lib/reconciliation/list-funding-lender-names";
import type { RawSearchParams } from "@/lib/search-params";

import { activeDepositFilters, DepositFilterBar } from "./deposit-filter-bar";
import { depositTable } from "./deposit-table";

export const metadata: Metadata = { title: "Deposits" };

const PATH = "/reconciliation/deposits";

const noRows: NoRows = {
  noun: "deposits",
  noMatches: "Try a wider range of funded days, another lender or another state.",
  empty: (
    <EmptyState title="No deposits yet">
      A deposit is what a lender funded on one day: it appears once the funding report holds funded records (sync or
      import it on the Funding records tab).
    </EmptyState>
  ),
};

const readPage = listPageReader(PATH, readDepositFilters, activeDepositFilters);

export default async function DepositsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requirePermission("viewFunding");
  const { query, filters, cursor, timeZone, viewOf } = await readPage(searchParams);
  const [page, totals, lenders] = await Promise.all([
    findDeposits({ filters, cursor, timeZone }),
    sumDeposits({ filters, timeZone }),
    listFundingLenderNames(),
  ]);
  const list = viewOf(page);
  const search = toSearchParams(query).toString();
  const exportHref = `/api/reconciliation/deposits/export${search ? `?${search}` : ""}`;

  return (
    <>
      <PageHeader
        title="Deposits"
        description="What each lender funded per day: the funded records of that day (by funding date) added up. The net is the figure that must match the lender's line on the bank statement; mark each deposit matched with the bank's reference, or flag it."
        actions={
          can(user.role, "exportFunding") && (
            <a href={exportHref} download className={buttonClasses({ size: "sm", variant: "primary" })}>
              Export CSV<span className="sr-only"> of the deposits in this view</span>
            </a>
          )
        }
      />
      <ReconciliationTabs current="/reconciliation/deposits" />
      <DepositFilterBar view={list} filters={filters} lenders={lenders} />
      <TotalsGrid
        heading="Totals of the deposits in this view"
        items={[
          { label: "Deposits", value: formatCount(totals.deposits), testId: "deposits-count" },
          { label: "Records", value: formatCount(totals.count), testId: "deposits-records" },
          { label: "Gross", value: formatMoney(totals.transactionAmount), testId: "deposits-gross" },
          { label: "Net", value: formatMoney(totals.netAmount), testId: "deposits-net" },
        ]}
      >
        Funded records only, by the day they were funded (the funding date, {timeZone}); records not funded yet are in
        no deposit. Discount {formatMoney(totals.discountAmount)}.
      </TotalsGrid>
      <ListResults
        list={list}
        noRows={noRows}
        note={`Latest funded day first, then lender; ${DEPOSIT_PAGE_SIZE} per page. Days in ${timeZone}. Open a day for its records.`}
        table={depositTable(can(user.role, "syncFunding"))}
      />
    </>
  );
}
