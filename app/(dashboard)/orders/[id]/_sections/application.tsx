// The financing behind the order: the application's status and each lender's outcome.
import Link from "next/link";

import { ApplicationStatusBadge } from "@/app/(dashboard)/applications/application-badges";
import { DataTable, none, TableHead, Td, TimeTd } from "@/components/data-table";
import { DetailCard } from "@/components/detail-card";
import { formatMoney } from "@/lib/format/format-money";
import type { OrderDetail } from "@/lib/orders/get-order";

export function Application({ order }: { order: OrderDetail }) {
  const a = order.application;
  if (!a)
    return (
      <DetailCard title="Application">
        <p className="text-sm text-gray-600">No application is linked to this order.</p>
      </DetailCard>
    );
  return (
    <DetailCard title="Application">
      <p className="mb-3 flex flex-wrap items-center gap-2 text-sm">
        <Link className="link font-mono text-xs break-all" href={`/applications/${a.id}`}>
          {a.externalId}
        </Link>
        <ApplicationStatusBadge value={a.status} />
        {a.approvedAmount && <span>approved {formatMoney(a.approvedAmount, order.currency)}</span>}
      </p>
      {a.lenders.length ? (
        <DataTable
          caption="Each lender's outcome: lender, status, amount, reason and when"
          scrollLabel="Lender outcomes"
        >
          <TableHead columns={["Lender", "Status", "Amount", "Reason", "When"]} right={["Amount"]} />
          <tbody>
            {a.lenders.map((lender) => (
              <tr key={lender.lenderId}>
                <Td>{lender.lenderName ?? lender.lenderId}</Td>
                <Td>
                  <ApplicationStatusBadge value={lender.status} />
                </Td>
                <Td className="text-right">{lender.amount ? formatMoney(lender.amount, order.currency) : none}</Td>
                <Td className="text-xs">{lender.reason ?? none}</Td>
                <TimeTd value={lender.occurredAt} />
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : (
        <p className="text-sm text-gray-600">No lender has answered yet.</p>
      )}
    </DetailCard>
  );
}
