// The dispute's lifecycle, oldest first, each event linked to the delivery that brought it.
import Link from "next/link";

import { DisputeStatusBadge } from "@/app/(dashboard)/disputes/dispute-badges";
import { DateTime } from "@/components/date-time";
import type { DisputeDetail } from "@/lib/disputes/get-dispute";

export function Timeline({ dispute }: { dispute: DisputeDetail }) {
  if (!dispute.events.length) return <p className="text-sm text-gray-600">No events are recorded for this dispute.</p>;
  const more = dispute._count.events - dispute.events.length;
  return (
    <>
      <ol className="relative space-y-4 border-l border-gray-200 pl-5" aria-label="Dispute events, oldest first">
        {dispute.events.map((event) => (
          <li key={event.id} className="relative min-w-0">
            <span
              aria-hidden="true"
              className="absolute top-1.5 -left-[1.6rem] size-2.5 rounded-full bg-accent-600 ring-4 ring-white"
            />
            <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <span className="font-mono text-sm font-medium text-gray-900">{event.type}</span>
              <DisputeStatusBadge value={event.status} />
            </div>
            <p className="mt-0.5 text-xs text-gray-600">
              Happened <DateTime value={event.occurredAt} />, recorded <DateTime value={event.recordedAt} />
            </p>
            <p className="mt-1 text-sm">
              {event.delivery ? (
                <Link href={`/deliveries/${event.delivery.id}`} className="link">
                  Delivery received <DateTime value={event.delivery.receivedAt} />
                  <span className="sr-only"> ({event.type})</span>
                </Link>
              ) : (
                <span className="text-gray-600">No stored delivery behind this event.</span>
              )}
            </p>
            {event.data !== null && event.data !== undefined && (
              <details className="mt-1">
                <summary className="cursor-pointer text-xs font-medium text-accent-700">Event data</summary>
                <pre className="mt-1 max-h-72 overflow-auto rounded-md border border-gray-200 bg-gray-50 p-2 font-mono text-xs break-all whitespace-pre-wrap text-gray-900">
                  {JSON.stringify(event.data, null, 2)}
                </pre>
              </details>
            )}
          </li>
        ))}
      </ol>
      {more > 0 && <p className="mt-3 text-xs text-gray-600">and {more} later events not shown</p>}
    </>
  );
}
