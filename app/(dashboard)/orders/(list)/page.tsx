// Orders: financed orders and the pending carts still waiting for approval, newest first,
// filterable by URL. A delivery's page links here with ?q=<merchant transaction id or token>.
import type { Metadata } from "next";
import Link from "next/link";

import { Badge, type BadgeTone } from "@/components/badge";
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
import { StatusBadge, type StatusStyle } from "@/components/list/status-badge";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { OrderStatus, type ApplicationStatus } from "@/lib/db/generated/enums";
import { appTimeZone } from "@/lib/format/format-date-time";
import { formatMoney } from "@/lib/format/format-money";
import { findOrders, type OrderListRow } from "@/lib/orders/find-orders";
import { FINANCING_STATUSES, ORDER_PAGE_SIZE, type OrderFilters } from "@/lib/orders/find-orders-schema";
import {
  financingFilterLabels,
  financingStatusLabels,
  orderFlagLabel,
  orderKindLabels,
  orderStatusLabels,
  orderStatusTones,
} from "@/lib/orders/order-labels";
import { countActiveOrderFilters, readOrderFilters } from "@/lib/orders/read-order-filters";
import { firstPageHref, pageHref } from "@/lib/pagination/keyset";
import type { RawSearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Orders" };

const PATH = "/orders";
const linkClass = "font-medium text-accent-700 underline-offset-2 hover:underline";

const financingTones: Record<ApplicationStatus, BadgeTone> = {
  CREATED: "neutral",
  PREQUALIFIED: "accent",
  PENDING: "accent",
  DECLINED: "danger",
  APPROVED: "success",
  CONFIRMED: "success",
  CANCELLED: "danger",
};
const financingStyles = Object.fromEntries(
  Object.entries(financingStatusLabels).map(([value, label]) => [
    value,
    { ...label, tone: financingTones[value as ApplicationStatus] },
  ]),
) as Record<ApplicationStatus, StatusStyle>;

const orderStatusOptions: Option[] = Object.values(OrderStatus).map((value) => ({
  value,
  label: orderStatusLabels[value].label,
}));
const financingOptions: Option[] = FINANCING_STATUSES.map((value) => ({ value, label: financingFilterLabels[value] }));

export default async function OrdersPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await requirePermission("viewOperations");
  const query = await searchParams;
  const { filters, cursor, issues } = readOrderFilters(query);
  const timeZone = appTimeZone();
  const page = await findOrders({ filters, cursor, timeZone });
  const activeCount = countActiveOrderFilters(filters);

  return (
    <>
      <PageHeader
        title="Orders"
        description="Orders paid with consumer financing, and the pending carts still waiting for the lender's approval: amounts, refunds, cancellations and the application behind each."
      />
      <SearchParamIssues issues={issues} />
      <OrderFilterBar filters={filters} activeCount={activeCount} />
      <ActiveFilters pathname={PATH} query={query} filters={activeOrderFilters(filters)} />

      {page.rows.length === 0 ? (
        activeCount > 0 || cursor ? (
          <NoMatches noun="orders" clearHref={PATH}>
            Try fewer filters or a wider date range. A search matches a whole value exactly (a merchant transaction id,
            request token, order id or customer email), not part of one.
          </NoMatches>
        ) : (
          <EmptyState title="No orders yet">
            A pending cart is saved when a financing request is made; WeGetFinancing&apos;s <em>approved</em> postback
            turns it into an order. Both will be listed here.
          </EmptyState>
        )
      ) : (
        <>
          <p className="mb-2 text-xs text-gray-600">
            Newest first, {ORDER_PAGE_SIZE} per page. Times in {timeZone}.
          </p>
          <OrderTable rows={page.rows} />
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

function OrderFilterBar({ filters, activeCount }: { filters: OrderFilters; activeCount: number }) {
  return (
    <FilterBar action={PATH} activeCount={activeCount}>
      <SearchFilter
        label="Search"
        placeholder="Transaction id, token, order id, email…"
        hint="Exact match on a merchant transaction id, request token, order or cart id, or customer email."
        value={filters.q}
        monospace
      />
      <FilterField label="Show" htmlFor="filter-kind">
        <select id="filter-kind" name="kind" defaultValue={filters.kind ?? ""} className={filterInputClasses}>
          <option value="">Orders and pending carts</option>
          <option value="orders">{orderKindLabels.orders}</option>
          <option value="carts">{orderKindLabels.carts}</option>
        </select>
      </FilterField>
      <MultiSelect name="status" label="Order status" options={orderStatusOptions} selected={filters.status} />
      <MultiSelect name="financing" label="Financing status" options={financingOptions} selected={filters.financing} />
      <DateRangeFilter from={filters.from} to={filters.to} />
    </FilterBar>
  );
}

function activeOrderFilters(filters: OrderFilters): ActiveFilter[] {
  const chips: ActiveFilter[] = [];
  if (filters.q) chips.push({ param: "q", label: `Search: ${filters.q}` });
  if (filters.kind) chips.push({ param: "kind", label: orderKindLabels[filters.kind] });
  for (const value of filters.status)
    chips.push({ param: "status", value, label: `Order: ${orderStatusLabels[value].label}` });
  for (const value of filters.financing)
    chips.push({ param: "financing", value, label: `Financing: ${financingFilterLabels[value]}` });
  if (filters.from) chips.push({ param: "from", label: `From ${filters.from}` });
  if (filters.to) chips.push({ param: "to", label: `To ${filters.to}` });
  return chips;
}

function OrderTable({ rows }: { rows: OrderListRow[] }) {
  return (
    <DataTable caption="Orders and pending carts, newest first: created at, merchant transaction id and request token, customer, amount and refunds, order status, financing status and application">
      <thead>
        <tr>
          <Th>Created</Th>
          <Th>Merchant transaction</Th>
          <Th>Customer</Th>
          <Th className="text-right">Amount</Th>
          <Th>Order</Th>
          <Th>Financing and application</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="hover:bg-gray-50">
            <Td>
              <DateTime value={row.createdAt} />
            </Td>
            <Td className="whitespace-nowrap">
              <span className="block font-mono text-xs text-gray-900">
                {row.merchantTransactionId ?? <span className="text-gray-500">—</span>}
              </span>
              <span className="block font-mono text-[0.6875rem] text-gray-600" title="Request token">
                {row.requestToken ?? "no token yet"}
              </span>
            </Td>
            <Td className="max-w-48">
              <span className="block truncate">
                {[row.customerFirstName, row.customerLastName].filter(Boolean).join(" ") || "—"}
              </span>
              {row.customerEmail && <span className="block truncate text-xs text-gray-600">{row.customerEmail}</span>}
            </Td>
            <Td className="text-right whitespace-nowrap">
              <Amount row={row} />
            </Td>
            <Td className="whitespace-nowrap">
              <OrderState row={row} />
            </Td>
            <Td className="whitespace-nowrap">
              {row.application ? (
                <>
                  <StatusBadge value={row.application.status} styles={financingStyles} />
                  <Link
                    href={`/applications/${row.application.id}`}
                    className={`${linkClass} mt-0.5 block font-mono text-xs`}
                  >
                    {row.application.externalId}
                    <span className="sr-only">, open the application</span>
                  </Link>
                </>
              ) : (
                <span className="text-xs text-gray-600">No application yet</span>
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

function Amount({ row }: { row: OrderListRow }) {
  const amount = formatMoney(row.amount, row.currency);
  if (row.refundedAmount.isZero()) return <span className="font-medium text-gray-900">{amount}</span>;
  const fully = row.refundedAmount.greaterThanOrEqualTo(row.amount);
  return (
    <>
      <span className="block font-medium text-gray-900">{amount}</span>
      <span className={`block text-xs ${fully ? "text-red-800" : "text-amber-900"}`}>
        {formatMoney(row.refundedAmount, row.currency)} refunded of {amount}
      </span>
    </>
  );
}

function OrderState({ row }: { row: OrderListRow }) {
  if (row.kind === "cart") {
    return (
      <span title="A pending cart: it becomes an order when WeGetFinancing approves the financing">
        <Badge tone="accent">Waiting for approval</Badge>
      </span>
    );
  }
  if (row.status === "CANCELLED") {
    return (
      <span title={orderStatusLabels.CANCELLED.description}>
        <Badge tone="danger">Cancelled</Badge>
        {row.cancelledAt && (
          <span className="mt-0.5 block text-xs text-gray-600">
            <DateTime value={row.cancelledAt} />
          </span>
        )}
      </span>
    );
  }
  const status = orderStatusLabels[row.status ?? "OPEN"];
  return (
    <span title={row.status === "ON_HOLD" && row.holdReason ? row.holdReason : status.description}>
      <Badge tone={orderStatusTones[row.status ?? "OPEN"]}>{status.label}</Badge>
      <span className="ml-1 font-mono text-[0.6875rem] text-gray-600" title={`Order id ${row.id}`}>
        …{row.id.slice(-6)}
      </span>
      {row.status === "ON_HOLD" && row.holdReason && (
        <span className="mt-0.5 block text-xs text-gray-700">{row.holdReason}</span>
      )}
      {row.flags.map((flag) => (
        <span key={flag} className="mt-0.5 block" title={orderFlagLabel(flag).description}>
          <Badge tone="warning">{orderFlagLabel(flag).label}</Badge>
        </span>
      ))}
    </span>
  );
}
