// What the delivery was about: the customer, its application, order and dispute, and the deliveries it duplicates.
import Link from "next/link";

import { SecondsTime } from "@/app/(dashboard)/deliveries/seconds-time";
import { DetailCard, DetailRow } from "@/components/detail-card";
import { customerName } from "@/lib/applications/application-labels";
import type { DeliveryDetail } from "@/lib/deliveries/get-delivery";

/** A link to what was touched with its status beside it, or `absent` when nothing was. */
function Touch({ href, status, absent = "None", children }: TouchProps) {
  if (!href) return <span className="text-gray-500">{absent}</span>;
  return (
    <>
      <Link href={href} className="link">
        {children}
      </Link>
      {status && <span className="ml-2 text-xs text-gray-600">{status}</span>}
    </>
  );
}
type TouchProps = { href: string | null; status?: string; absent?: string; children?: React.ReactNode };

export function Touched({ delivery }: { delivery: DeliveryDetail }) {
  const { application, order, dispute, duplicateOf, duplicates } = delivery;
  const more = delivery._count.duplicates - duplicates.length;
  const orderRef = order ? (order.merchantTransactionId ?? order.requestToken) : null;
  return (
    <DetailCard title="What it was about">
      <dl>
        <DetailRow label="Customer">
          {delivery.about.customer ?? <span className="text-gray-500">Not known</span>}
        </DetailRow>
        <DetailRow label="Application">
          <Touch href={application && `/applications/${application.id}`} status={application?.status.toLowerCase()}>
            {application && (
              <>
                {customerName(application) || "Application"}{" "}
                <span className="font-mono text-xs">{application.externalId}</span>
              </>
            )}
          </Touch>
        </DetailRow>
        <DetailRow label="Order">
          <Touch href={orderRef && `/orders?q=${encodeURIComponent(orderRef)}`} status={order?.status.toLowerCase()}>
            Order <span className="font-mono text-xs">{orderRef}</span>
          </Touch>
        </DetailRow>
        <DetailRow label="Dispute">
          <Touch href={dispute && `/disputes/${dispute.id}`} status={dispute?.status.toLowerCase().replace("_", " ")}>
            Dispute <span className="font-mono text-xs">{dispute?.externalId}</span>
          </Touch>
        </DetailRow>
        <DetailRow label="Duplicate of">
          <Touch href={duplicateOf && `/deliveries/${duplicateOf.id}`} absent="Not a duplicate">
            {duplicateOf && (
              <>
                The delivery of <SecondsTime value={duplicateOf.receivedAt} />
              </>
            )}
          </Touch>
        </DetailRow>
        <DetailRow label="Its duplicates">
          {duplicates.length ? (
            <ul className="space-y-0.5">
              {duplicates.map((duplicate) => (
                <li key={duplicate.id}>
                  <Link href={`/deliveries/${duplicate.id}`} className="link">
                    <SecondsTime value={duplicate.receivedAt} />
                  </Link>
                </li>
              ))}
              {more > 0 && <li className="text-xs text-gray-600">and {more} more</li>}
            </ul>
          ) : (
            <span className="text-gray-500">None</span>
          )}
        </DetailRow>
      </dl>
    </DetailCard>
  );
}
