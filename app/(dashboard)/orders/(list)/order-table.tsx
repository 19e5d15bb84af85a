// The order list's table: when, which transaction, who, how much (and refunded), the order's
// state and the financing behind it. A row opens the order's page, or a pending cart's
// financing request, whose state it shows in the request's own words.
import Link from "next/link";

import { RequestStateBadge } from "@/app/(dashboard)/financing-requests/request-state-badge";
import { Badge, type BadgeTone } from "@/components/badge";
import { linkColumn, type Column, type TableSpec } from "@/components/data-table";
import { DateTime } from "@/components/date-time";
import { StatusBadge, withTones } from "@/components/list/status-badge";
import type { ApplicationStatus } from "@/lib/db/generated/enums";
import { withExpiry } from "@/lib/financing-requests/request-state";
import { formatMoney } from "@/lib/format/format-money";
import type { OrderListRow } from "@/lib/orders/find-orders";
import { financingStatusLabels, orderFlagLabel, orderStatusLabels, orderStatusTones } from "@/lib/orders/order-labels";

const financingTones: Record<ApplicationStatus, BadgeTone> = {
  CREATED: "neutral",
  PREQUALIFIED: "accent",
  PENDING: "accent",
  DECLINED: "danger",
  APPROVED: "success",
  CONFIRMED: "success",
  CANCELLED: "danger",
};
const financingStyles = withTones(financingStatusLabels, financingTones);

const columns: Column<OrderListRow>[] = [
  linkColumn({
    header: "Merchant transaction",
    className: "max-w-[16rem]",
    mono: true,
    href: (row) => (row.kind === "cart" ? `/financing-requests/${row.id}` : `/orders/${row.id}`),
    label: (row) => (
      <>
        {row.merchantTransactionId ?? `…${row.id.slice(-8)}`}
        <span className="sr-only">{row.kind === "cart" ? ", open the financing request" : ", open the order"}</span>
      </>
    ),
    detail: (row) => (
      <span className="font-mono" title="Request token">
        {row.requestToken ?? "no token yet"}
      </span>
    ),
  }),
  { header: "Created", cell: (row) => <DateTime value={row.createdAt} /> },
  {
    header: "Customer",
    className: "max-w-48",
    cell: (row) => (
      <>
        <span className="block truncate">
          {[row.customerFirstName, row.customerLastName].filter(Boolean).join(" ") || "—"}
        </span>
        {row.customerEmail && <span className="block truncate text-xs text-gray-600">{row.customerEmail}</span>}
      </>
    ),
  },
  { header: "Amount", align: "right", className: "whitespace-nowrap", cell: (row) => <Amount row={row} /> },
  { header: "Order", className: "max-w-[14rem]", cell: (row) => <OrderState row={row} /> },
  {
    header: "Financing and application",
    cell: (row) =>
      row.application ? (
        <>
          <StatusBadge value={row.application.status} styles={financingStyles} />
          <Link href={`/applications/${row.application.id}`} className="link mt-0.5 block font-mono text-xs break-all">
            {row.application.externalId}
            <span className="sr-only">, open the application</span>
          </Link>
        </>
      ) : (
        <span className="text-xs text-gray-600">No application yet</span>
      ),
  },
];

function Amount({ row }: { row: OrderListRow }) {
  const amount = formatMoney(row.amount, row.currency);
  if (row.refundedAmount.isZero()) return <span className="font-medium text-gray-900">{amount}</span>;
  const fully = row.refundedAmount.greaterThanOrEqualTo(row.amount);
  return (
    <>
      <span className="block font-medium text-gray-900">{amount}</span>
      <span className={`block text-xs whitespace-normal ${fully ? "text-red-800" : "text-amber-900"}`}>
        {formatMoney(row.refundedAmount, row.currency)} refunded of {amount}
      </span>
    </>
  );
}

function OrderState({ row }: { row: OrderListRow }) {
  // A pending cart says what its financing request says: declined is declined, never "waiting".
  if (row.kind === "cart")
    return <RequestStateBadge value={withExpiry(row.requestState ?? "WAITING", row.createdAt)} />;
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

export const orderTable: TableSpec<OrderListRow> = {
  caption:
    "Orders and pending carts, newest first: merchant transaction id (a link to the order or the financing request) and request token, created at, customer, amount and refunds, order status (for a pending cart, its request's state), financing status and application",
  columns,
};
