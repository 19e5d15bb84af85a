// One dispute: where it stands, the application and order behind it, and its lifecycle
// timeline, each event linked to the delivery that brought it.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { DisputeStatusBadge } from "@/app/(dashboard)/disputes/dispute-badges";
import { Badge } from "@/components/badge";
import { DateTime } from "@/components/date-time";
import { DetailCard, DetailRow } from "@/components/detail-card";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { providerLabels } from "@/lib/deliveries/delivery-labels";
import { disputeAgeDays } from "@/lib/disputes/dispute-labels";
import { getDispute, type DisputeDetail } from "@/lib/disputes/get-dispute";
import { appTimeZone } from "@/lib/format/format-date-time";
import { formatMoney } from "@/lib/format/format-money";

export const metadata: Metadata = { title: "Dispute" };

export default async function DisputePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("viewOperations");
  const { id } = await params;
  const dispute = await getDispute(id);
  if (!dispute) notFound();
  const now = new Date();

  return (
    <>
      <PageHeader
        title={
          <>
            Dispute{" "}
            <span className="font-mono text-base font-medium break-all text-gray-700">{dispute.externalId}</span>
          </>
        }
        back={{ href: "/disputes", label: "Disputes" }}
        description={
          <>
            {providerLabels[dispute.provider]}, opened <DateTime value={dispute.openedAt} />
          </>
        }
        actions={<DisputeStatusBadge value={dispute.status} />}
      />

      <div className="grid gap-4 lg:grid-cols-2">
        <DetailCard title="Dispute">
          <dl>
            <DetailRow label="Status">
              <DisputeStatusBadge value={dispute.status} />
            </DetailRow>
            <DetailRow label="Lender">
              {dispute.lenderName ?? dispute.lenderId ?? <span className="text-gray-500">Unknown</span>}
              {dispute.lenderName && dispute.lenderId && (
                <span className="ml-2 font-mono text-xs text-gray-600">{dispute.lenderId}</span>
              )}
            </DetailRow>
            <DetailRow label="Lender's id">
              <span className="font-mono text-xs break-all">
                {dispute.lenderDisputeId ?? <span className="text-gray-500">none</span>}
              </span>
            </DetailRow>
            <DetailRow label="Opened">
              <DateTime value={dispute.openedAt} />
            </DetailRow>
            <DetailRow label="Last event">
              <DateTime value={dispute.lastEventAt} />
            </DetailRow>
            <DetailRow label="Resolved">
              <DateTime value={dispute.resolvedAt} fallback="Not yet" />
            </DetailRow>
            <DetailRow label="Age">
              {disputeAgeDays(dispute.openedAt, dispute.resolvedAt, now)} days{" "}
              {dispute.resolvedAt ? "until resolved" : "open"}
            </DetailRow>
            <DetailRow label="Our id">
              <code className="font-mono text-xs break-all">{dispute.id}</code>
            </DetailRow>
          </dl>
        </DetailCard>
        <DetailCard title="Application and order">
          <ApplicationAndOrder dispute={dispute} />
        </DetailCard>
      </div>

      <DetailCard
        title="Timeline"
        className="mt-4"
        note={`Oldest first, by when each event happened. Times in ${appTimeZone()}.`}
      >
        <Timeline dispute={dispute} />
      </DetailCard>
    </>
  );
}

function ApplicationAndOrder({ dispute }: { dispute: DisputeDetail }) {
  const { application } = dispute;
  if (!application) {
    return (
      <p className="text-sm text-gray-600">
        The dispute names no application we know, so no order can be linked to it.
      </p>
    );
  }
  const customer = [application.customerFirstName, application.customerLastName].filter(Boolean).join(" ");
  return (
    <dl>
      <DetailRow label="Application">
        <Link href={`/applications/${application.id}`} className="link">
          {customer || "Application"} <span className="font-mono text-xs">{application.externalId}</span>
        </Link>
        <span className="ml-2 text-xs text-gray-600">{application.status.toLowerCase()}</span>
      </DetailRow>
      {application.customerEmail && <DetailRow label="Email">{application.customerEmail}</DetailRow>}
      {application.merchantOrderId && (
        <DetailRow label="Merchant order">
          <span className="font-mono text-xs">{application.merchantOrderId}</span>
        </DetailRow>
      )}
      <DetailRow label="Order">
        {application.orders.length ? (
          <ul className="space-y-1">
            {application.orders.map((order) => {
              const ref = order.merchantTransactionId ?? order.requestToken;
              return (
                <li key={order.id} className="flex flex-wrap items-center gap-x-2 gap-y-1">
                  <Link href={`/orders?q=${encodeURIComponent(ref)}`} className="link">
                    Order <span className="font-mono text-xs">{ref}</span>
                  </Link>
                  <span className="text-sm tabular-nums">{formatMoney(order.amount, order.currency)}</span>
                  {order.status === "CANCELLED" && <Badge tone="danger">Cancelled</Badge>}
                  {!order.refundedAmount.isZero() && (
                    <span className="text-xs text-gray-700">
                      {formatMoney(order.refundedAmount, order.currency)} refunded
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        ) : (
          <span className="text-gray-500">No order</span>
        )}
      </DetailRow>
    </dl>
  );
}

function Timeline({ dispute }: { dispute: DisputeDetail }) {
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
