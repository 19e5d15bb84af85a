// Our own check: ChargeAfter applications approved (or confirmed) more than N days ago
// that no funding record points at yet: money we expect that the report does not show.
import Link from "next/link";

import { DataTable, Td, Th } from "@/components/data-table";
import { DateTime } from "@/components/date-time";
import { formatMoney } from "@/lib/format/format-money";
import type { OrderWithoutFunding } from "@/lib/reconciliation/find-orders-without-funding";

const none = <span className="text-gray-500">—</span>;

export function OrdersWithoutFundingTable({ rows }: { rows: OrderWithoutFunding[] }) {
  return (
    <DataTable caption="Approved applications with no funding record: application, merchant order, customer, lender, approved amount, orders and last event">
      <thead>
        <tr>
          <Th>Application</Th>
          <Th>Merchant order / txn</Th>
          <Th>Customer</Th>
          <Th>Lender</Th>
          <Th className="text-right">Approved</Th>
          <Th>Orders</Th>
          <Th>Last event</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const name = [row.customerFirstName, row.customerLastName].filter(Boolean).join(" ");
          return (
            <tr key={row.id}>
              <Td className="max-w-[14rem]">
                <Link
                  href={`/applications/${row.id}`}
                  className="font-mono text-xs font-medium break-all text-accent-700 underline-offset-2 hover:underline"
                >
                  {row.externalId}
                </Link>
                <span className="block text-xs text-gray-600">
                  {row.status === "CONFIRMED" ? "Confirmed" : "Approved"}
                </span>
              </Td>
              <Td className="max-w-[12rem] font-mono text-xs break-all">
                {row.merchantOrderId ?? none}
                {row.merchantTransactionId && row.merchantTransactionId !== row.merchantOrderId && (
                  <span className="block text-gray-600">{row.merchantTransactionId}</span>
                )}
              </Td>
              <Td className="max-w-[14rem]">
                {name || (row.customerEmail ? null : none)}
                {row.customerEmail && (
                  <span className="block text-xs break-all text-gray-600">{row.customerEmail}</span>
                )}
              </Td>
              <Td className="whitespace-nowrap">{row.lenderName ?? none}</Td>
              <Td className="text-right whitespace-nowrap">{formatMoney(row.approvedAmount)}</Td>
              <Td className="text-xs whitespace-nowrap">
                {row.orders.length
                  ? row.orders.map((order) => (
                      <span key={order.id} className="block">
                        {formatMoney(order.amount)} · {order.status.toLowerCase()}
                      </span>
                    ))
                  : none}
              </Td>
              <Td className="whitespace-nowrap">
                <DateTime value={row.lastEventAt} />
              </Td>
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}
