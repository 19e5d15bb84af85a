// Money returned, and the funding behind the sale. Funding detail is finance-only: support
// is told records exist (getOrder never reads their amounts for support).
import Link from "next/link";

import { DataTable, TableHead, Td, TimeTd } from "@/components/data-table";
import { DateTime } from "@/components/date-time";
import { DetailCard } from "@/components/detail-card";
import { formatMoney } from "@/lib/format/format-money";
import type { OrderDetail } from "@/lib/orders/get-order";

export function Refunds({ order }: { order: OrderDetail }) {
  return (
    <DetailCard title="Refunds" note={`Refunded in total: ${formatMoney(order.refundedAmount, order.currency)}`}>
      {order.refunds.length ? (
        <ul className="space-y-2 text-sm">
          {order.refunds.map((refund) => (
            <li key={refund.key}>
              <span className="font-medium">
                {refund.amount ? formatMoney(refund.amount, order.currency) : "Amount not given"}
              </span>{" "}
              <span className="font-mono text-xs text-gray-700">{refund.label}</span>
              <span className="block text-xs text-gray-600">
                <DateTime value={refund.at} />
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-gray-600">No refunds.</p>
      )}
    </DetailCard>
  );
}

export function Funding({ order }: { order: OrderDetail }) {
  const records = order.fundingRecords;
  return (
    <DetailCard title="Funding" note="Records of the funding report matched through the order's application.">
      {records === null ? (
        <p className="text-sm text-gray-700">
          {order.fundingCount
            ? `${order.fundingCount} funding record${order.fundingCount === 1 ? "" : "s"} exist for this sale; amounts are shown to finance.`
            : "No funding record is matched to this sale (yet)."}
        </p>
      ) : records.length ? (
        <DataTable caption="Funding records of this sale: transaction, type, date, amount, net, funded and status">
          <TableHead
            columns={["Transaction", "Type", "Date", "Amount", "Net", "Funded", "Status"]}
            right={["Amount", "Net"]}
          />
          <tbody>
            {records.map((record) => (
              <tr key={record.transactionId}>
                <Td className="font-mono text-xs">
                  <Link className="link" href={`/reconciliation/records/${encodeURIComponent(record.transactionId)}`}>
                    {record.transactionId}
                  </Link>
                </Td>
                <Td>{record.transactionType}</Td>
                <TimeTd value={record.transactionDate} />
                <Td className="text-right">{formatMoney(record.transactionAmount, order.currency)}</Td>
                <Td className="text-right">{formatMoney(record.netAmount, order.currency)}</Td>
                <TimeTd value={record.fundedAt} fallback="Not yet" />
                <Td className="font-mono text-xs">{record.status}</Td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : (
        <p className="text-sm text-gray-600">No funding record is matched to this sale (yet).</p>
      )}
    </DetailCard>
  );
}
