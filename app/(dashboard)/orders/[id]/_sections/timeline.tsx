// Everything that happened to the sale, oldest first (lib/orders/order-timeline.ts).
import Link from "next/link";

import { DataTable, none, TableHead, Td, TimeTd } from "@/components/data-table";
import { formatMoney } from "@/lib/format/format-money";
import type { OrderDetail } from "@/lib/orders/get-order";

export function OrderTimeline({ order }: { order: OrderDetail }) {
  return (
    <DataTable caption="The order's history, oldest first: when, what happened, the event's name, amount and delivery">
      <TableHead columns={["When", "What happened", "Event", "Amount", "Delivery"]} right={["Amount"]} />
      <tbody>
        {order.timeline.map((entry) => (
          <tr key={entry.key}>
            <TimeTd value={entry.at} />
            <Td>{entry.what}</Td>
            <Td className="font-mono text-xs">{entry.code ?? none}</Td>
            <Td className="text-right">{entry.amount ? formatMoney(entry.amount, order.currency) : none}</Td>
            <Td>
              {entry.deliveryId ? (
                <Link className="link text-xs" href={`/deliveries/${entry.deliveryId}`}>
                  Delivery …{entry.deliveryId.slice(-8)}
                </Link>
              ) : (
                none
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
