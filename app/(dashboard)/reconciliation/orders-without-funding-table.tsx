// Our own check: ChargeAfter applications approved (or confirmed) more than N days ago
// that no funding record points at yet: money we expect that the report does not show.
import { applicationLinkColumn } from "@/app/(dashboard)/applications/application-link-column";
import { ListTable, none, type Column } from "@/components/data-table";
import { DateTime } from "@/components/date-time";
import { formatMoney } from "@/lib/format/format-money";
import type { OrderWithoutFunding } from "@/lib/reconciliation/find-orders-without-funding";

const columns: Column<OrderWithoutFunding>[] = [
  applicationLinkColumn("max-w-[14rem]", (row) => (row.status === "CONFIRMED" ? "Confirmed" : "Approved")),
  {
    header: "Merchant order / txn",
    className: "max-w-[12rem] font-mono text-xs break-all",
    cell: (row) => (
      <>
        {row.merchantOrderId ?? none}
        {row.merchantTransactionId && row.merchantTransactionId !== row.merchantOrderId && (
          <span className="block text-gray-600">{row.merchantTransactionId}</span>
        )}
      </>
    ),
  },
  {
    header: "Customer",
    className: "max-w-[14rem]",
    cell: (row) => (
      <>
        {[row.customerFirstName, row.customerLastName].filter(Boolean).join(" ") || (row.customerEmail ? null : none)}
        {row.customerEmail && <span className="block text-xs break-all text-gray-600">{row.customerEmail}</span>}
      </>
    ),
  },
  { header: "Lender", className: "max-w-[10rem]", cell: (row) => row.lenderName ?? none },
  {
    header: "Approved",
    align: "right",
    className: "whitespace-nowrap",
    cell: (row) => formatMoney(row.approvedAmount),
  },
  {
    header: "Orders",
    card: "hidden",
    className: "text-xs whitespace-nowrap",
    cell: (row) =>
      row.orders.length
        ? row.orders.map((order) => (
            <span key={order.id} className="block">
              {formatMoney(order.amount)} · {order.status.toLowerCase()}
            </span>
          ))
        : none,
  },
  { header: "Last event", cell: (row) => <DateTime value={row.lastEventAt} /> },
];

export function OrdersWithoutFundingTable({ rows }: { rows: OrderWithoutFunding[] }) {
  return (
    <ListTable
      caption="Approved applications with no funding record: application, merchant order, customer, lender, approved amount, orders and last event"
      rows={rows}
      columns={columns}
    />
  );
}
