// Our own check, in full: ChargeAfter applications approved or confirmed more than N days
// ago with no funding record yet (money we expect that the report does not show).
import type { Metadata } from "next";
import Link from "next/link";

import { OrdersWithoutFundingTable } from "@/app/(dashboard)/reconciliation/orders-without-funding-table";
import { FilterBar, FilterField, filterInputClasses } from "@/components/list/filter-bar";
import { Pagination } from "@/components/list/pagination";
import { SearchParamIssues } from "@/components/list/search-param-issues";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { firstPageHref, pageHref } from "@/lib/pagination/keyset";
import {
  findOrdersWithoutFunding,
  findOrdersWithoutFundingSchema,
} from "@/lib/reconciliation/find-orders-without-funding";
import { readCursorParam, type RawSearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Approved orders without funding" };

const PATH = "/reconciliation/unfunded";
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function UnfundedPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await requirePermission("viewFunding");
  const query = await searchParams;
  const issues: string[] = [];
  const parsed = findOrdersWithoutFundingSchema.safeParse({ days: first(query.days) || undefined });
  if (!parsed.success) issues.push("Days: use a whole number from 0 to 3650; showing 7.");
  const days = parsed.success ? parsed.data.days : 7;
  const { cursor, issue } = readCursorParam(query, { idKind: "uuid", firstPage: "the first page" });
  if (issue) issues.push(issue);
  const page = await findOrdersWithoutFunding({ days, cursor });

  return (
    <>
      <PageHeader
        title="Approved orders without funding"
        back={{ href: "/reconciliation", label: "Reconciliation" }}
        description={`ChargeAfter applications we saw approved or confirmed, last changed more than ${days} days ago, that no funding record points at yet. Most recent first.`}
      />
      <SearchParamIssues issues={issues} />
      <FilterBar action={PATH} activeCount={days === 7 ? 0 : 1}>
        <FilterField label="Older than (days)" htmlFor="filter-days">
          <input
            id="filter-days"
            name="days"
            type="number"
            min={0}
            max={3650}
            defaultValue={days}
            className={`${filterInputClasses} w-24`}
          />
        </FilterField>
      </FilterBar>
      {page.rows.length ? (
        <>
          <OrdersWithoutFundingTable rows={page.rows} />
          <Pagination
            newerHref={page.newer ? pageHref(PATH, query, page.newer) : null}
            olderHref={page.older ? pageHref(PATH, query, page.older) : null}
            firstHref={cursor ? firstPageHref(PATH, query) : null}
          />
        </>
      ) : (
        <p className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-900 ring-1 ring-green-200 ring-inset">
          Every approved order older than {days} days has a funding record.{" "}
          <Link
            href="/reconciliation?match=unmatched"
            className="font-medium text-accent-700 underline-offset-2 hover:underline"
          >
            Records with no local match
          </Link>{" "}
          are listed on the report.
        </p>
      )}
    </>
  );
}
