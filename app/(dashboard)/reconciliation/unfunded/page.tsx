// Our own check, in full: ChargeAfter applications approved or confirmed more than N days
// ago with no funding record yet (money we expect that the report does not show).
import type { Metadata } from "next";
import Link from "next/link";

import { OrdersWithoutFundingTable } from "@/app/(dashboard)/reconciliation/orders-without-funding-table";
import { FilterBar } from "@/components/list/filter-bar";
import { InputFilter } from "@/components/list/filter-field";
import { Pagination } from "@/components/list/pagination";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { findOrdersWithoutFunding } from "@/lib/reconciliation/find-orders-without-funding";
import { readUnfundedQuery, UNFUNDED_DEFAULT_DAYS } from "@/lib/reconciliation/read-unfunded-query";
import type { RawSearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Approved orders without funding" };

const PATH = "/reconciliation/unfunded";

export default async function UnfundedPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await requirePermission("viewFunding");
  const query = await searchParams;
  const { days, cursor, issues } = readUnfundedQuery(query);
  const active = days === UNFUNDED_DEFAULT_DAYS ? [] : [{ param: "days", label: `Older than ${days} days` }];
  const page = await findOrdersWithoutFunding({ days, cursor });

  return (
    <>
      <PageHeader
        title="Approved orders without funding"
        back={{ href: "/reconciliation", label: "Reconciliation" }}
        description={`ChargeAfter applications we saw approved or confirmed, last changed more than ${days} days ago, that no funding record points at yet. Most recent first.`}
      />
      <FilterBar view={{ path: PATH, query, active, issues }}>
        <InputFilter type="number" min={0} max={3650} label="Older than (days)" name="days" value={days} />
      </FilterBar>
      {page.rows.length ? (
        <>
          <OrdersWithoutFundingTable rows={page.rows} />
          <Pagination path={PATH} query={query} page={page} paged={cursor !== null} />
        </>
      ) : (
        <p className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-900 ring-1 ring-green-200 ring-inset">
          Every approved order older than {days} days has a funding record.{" "}
          <Link href="/reconciliation?match=unmatched" className="link">
            Records with no local match
          </Link>{" "}
          are listed on the report.
        </p>
      )}
    </>
  );
}
