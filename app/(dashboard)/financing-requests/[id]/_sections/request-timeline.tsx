// The application's events, oldest first, each linked to the delivery that carried it.
import Link from "next/link";

import { DetailCard } from "@/components/detail-card";
import type { getFinancingRequest } from "@/lib/financing-requests/get-financing-request";
import { appTimeZone, formatDateTime } from "@/lib/format/format-date-time";
import { formatMoney } from "@/lib/format/format-money";

type Request = NonNullable<Awaited<ReturnType<typeof getFinancingRequest>>>;

export function RequestTimeline({ request }: { request: Request }) {
  if (!request.application) return null;
  return (
    <DetailCard title="Timeline" note={`Oldest first. Times in ${appTimeZone()}.`}>
      <ol className="divide-y divide-gray-100 text-sm">
        {request.application.events.map((event) => (
          <li key={event.id} className="flex flex-wrap justify-between gap-2 py-2">
            <span>
              <span className="font-mono text-xs">{event.type}</span>
              {event.amount && <span className="ml-2 tabular-nums">{formatMoney(event.amount, request.currency)}</span>}
            </span>
            <span className="text-gray-600">
              {formatDateTime(event.occurredAt)}
              {event.delivery && (
                <Link className="ml-2 text-accent-700 underline" href={`/deliveries/${event.delivery.id}`}>
                  delivery
                </Link>
              )}
            </span>
          </li>
        ))}
      </ol>
    </DetailCard>
  );
}
