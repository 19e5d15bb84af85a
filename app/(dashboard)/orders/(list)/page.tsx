// Orders: financed orders and the pending carts still waiting for approval, newest first,
// filterable by URL. A delivery's page links here with ?q=<merchant transaction id or token>.
import type { Metadata } from "next";

import { EmptyState } from "@/components/empty-state";
import { ExportLinks } from "@/components/list/export-links";
import { ListResults, type NoRows } from "@/components/list/list-results";
import { listPageReader } from "@/components/list/read-list-page";
import { PageHeader } from "@/components/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { findOrders } from "@/lib/orders/find-orders";
import { ORDER_PAGE_SIZE } from "@/lib/orders/find-orders-schema";
import { readOrderFilters } from "@/lib/orders/read-order-filters";
import type { RawSearchParams } from "@/lib/search-params";

import { activeOrderFilters, OrderFilterBar } from "./order-filter-bar";
import { orderTable } from "./order-table";

export const metadata: Metadata = { title: "Orders" };

const PATH = "/orders";

const NO_ROWS: NoRows = {
  noun: "orders",
  noMatches:
    "Try fewer filters or a wider date range. A search matches a whole value exactly (a merchant transaction id, request token, order id or customer email), not part of one.",
  empty: (
    <EmptyState title="No orders yet">
      A pending cart is saved when a financing request is made; WeGetFinancing&apos;s <em>approved</em> postback turns
      it into an order. Both will be listed here.
    </EmptyState>
  ),
};

const readPage = listPageReader(PATH, readOrderFilters, activeOrderFilters);

export default async function OrdersPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requirePermission("viewOperations");
  const { filters, cursor, timeZone, viewOf } = await readPage(searchParams);
  const page = await findOrders({ filters, cursor, timeZone });
  const list = viewOf(page);

  return (
    <>
      <PageHeader
        title="Orders"
        description="Orders paid with consumer financing, and the pending carts still waiting for the lender's approval: amounts, refunds, cancellations and the application behind each."
      />
      <OrderFilterBar view={list} filters={filters} />
      {can(user.role, "exportLists") && (
        <ExportLinks href="/api/orders/export" view={list} noun="orders and pending carts" />
      )}
      <ListResults
        list={list}
        noRows={NO_ROWS}
        note={`Newest first, ${ORDER_PAGE_SIZE} per page. Times in ${timeZone}.`}
        table={orderTable}
      />
    </>
  );
}
