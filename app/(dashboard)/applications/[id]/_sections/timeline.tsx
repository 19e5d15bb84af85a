// The application's events, oldest first, each linked to the delivery that carried it.
import Link from "next/link";

import { ApplicationStatusBadge } from "@/app/(dashboard)/applications/application-badges";
import { DataTable, none, TableHead, Td, TimeTd } from "@/components/data-table";
import type { ApplicationDetail } from "@/lib/applications/get-application";
import { formatMoney } from "@/lib/format/format-money";

import { Empty } from "./values";

export function Timeline({ application: a }: { application: ApplicationDetail }) {
  if (!a.events.length) return <Empty>No events yet.</Empty>;
  const more = a._count.events - a.events.length;
  return (
    <>
      <DataTable caption="Events of this application, oldest first: when, event, status it asserts, lender, amount, reason and the delivery that carried it">
        <TableHead columns={["When", "Event", "Status", "Lender", "Amount", "Reason", "Delivery"]} right={["Amount"]} />
        <tbody>
          {a.events.map((event) => (
            <tr key={event.id}>
              <TimeTd value={event.occurredAt} />
              <Td className="font-mono text-xs">{event.type}</Td>
              <Td>{event.status ? <ApplicationStatusBadge value={event.status} /> : none}</Td>
              <Td className="font-mono text-xs">{event.lenderId ?? none}</Td>
              <Td className="text-right whitespace-nowrap">
                {event.amount ? formatMoney(event.amount, a.currency) : none}
              </Td>
              <Td className="text-xs">{event.reason ?? none}</Td>
              <Td className="whitespace-nowrap">
                {event.delivery ? (
                  <Link
                    href={`/deliveries/${event.delivery.id}`}
                    className="link text-xs"
                    title={`Delivery ${event.delivery.id}`}
                  >
                    Delivery …{event.delivery.id.slice(-8)}
                  </Link>
                ) : (
                  <span className="text-xs text-gray-500">none recorded</span>
                )}
              </Td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      {more > 0 && (
        <p className="mt-2 text-xs text-gray-600">
          The first {a.events.length} events are shown; {more} more are not.
        </p>
      )}
    </>
  );
}
