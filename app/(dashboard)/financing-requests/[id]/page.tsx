import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { AutoRefresh } from "@/components/auto-refresh";
import { Badge } from "@/components/badge";
import { CopyButton } from "@/components/copy-button";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { getFinancingRequest } from "@/lib/financing-requests/get-financing-request";
import { formatDateTime } from "@/lib/format/format-date-time";
import { formatMoney } from "@/lib/format/format-money";

export const metadata: Metadata = { title: "Financing request" };

const FINAL = new Set(["APPROVED", "CONFIRMED", "DECLINED", "CANCELLED"]);

export default async function FinancingRequestPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("viewOperations");
  const request = await getFinancingRequest((await params).id);
  if (!request) notFound();
  const total = request.amount.plus(request.shippingAmount).plus(request.taxAmount);
  const status = request.application?.status ?? "CREATED";
  // WeGetFinancing sums the financed amount itself (items plus shipping in its own test): shown beside ours.
  const answered = request.answeredAmount;
  const differs = answered !== null && !answered.equals(total);
  // A link stored before non-https answers were refused is never offered.
  const financingUrl = request.financingUrl?.startsWith("https://") ? request.financingUrl : null;
  return (
    <>
      {!FINAL.has(status) && !request.order && <AutoRefresh seconds={5} />}
      <PageHeader
        title={`Financing request ${request.merchantTransactionId}`}
        description={`${request.customerFirstName} ${request.customerLastName} · ${request.customerEmail} · created ${formatDateTime(request.createdAt)} by ${request.createdByEmail ?? "unknown"}`}
        back={{ href: "/orders", label: "Orders" }}
      />
      <section aria-labelledby="link-heading" className="rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
        <h2 id="link-heading" className="text-sm font-semibold text-gray-900">
          Link for the customer
        </h2>
        {financingUrl ? (
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <code className="min-w-0 rounded border border-gray-200 bg-gray-50 px-2 py-1 font-mono text-xs break-all">
              {financingUrl}
            </code>
            <CopyButton text={financingUrl} />
            <a
              className="text-sm font-medium text-accent-700 underline"
              href={`mailto:${request.customerEmail}?subject=${encodeURIComponent("Your financing application")}&body=${encodeURIComponent(`Complete your financing application here: ${financingUrl}`)}`}
            >
              Email it
            </a>
          </div>
        ) : (
          <p className="mt-2 text-sm text-amber-900">
            WeGetFinancing did not confirm this request; if the customer is approved anyway, the order still appears.
          </p>
        )}
        <dl className="mt-4 grid gap-2 text-sm sm:grid-cols-4">
          <div>
            <dt className="text-gray-600">Total financed (ours)</dt>
            <dd className="font-medium tabular-nums">{formatMoney(total.toFixed(2), request.currency)}</dd>
          </div>
          <div>
            <dt className="text-gray-600">WeGetFinancing&apos;s amount</dt>
            <dd className="tabular-nums">
              {answered === null ? (
                <span className="text-gray-600">not given</span>
              ) : (
                <>
                  <span className="font-medium">{formatMoney(answered.toFixed(2), request.currency)}</span>
                  {differs && (
                    <span className="ml-2">
                      <Badge tone="warning">
                        differs by {formatMoney(answered.minus(total).abs().toFixed(2), request.currency)}
                      </Badge>
                    </span>
                  )}
                </>
              )}
            </dd>
          </div>
          <div>
            <dt className="text-gray-600">Status</dt>
            <dd aria-live="polite">
              <Badge
                tone={
                  status === "APPROVED" || status === "CONFIRMED"
                    ? "success"
                    : status === "DECLINED" || status === "CANCELLED"
                      ? "danger"
                      : "neutral"
                }
              >
                {status.toLowerCase()}
              </Badge>
              {!FINAL.has(status) && (
                <span className="ml-2 text-xs text-gray-600">updates by itself as postbacks arrive</span>
              )}
            </dd>
          </div>
          <div>
            <dt className="text-gray-600">Order</dt>
            <dd>
              {request.order ? (
                <Link className="text-accent-700 underline" href={`/orders?q=${request.order.id}`}>
                  {request.order.status === "CANCELLED" ? "cancelled" : "created"} (
                  {formatMoney(request.order.amount.toFixed(2), request.currency)})
                </Link>
              ) : (
                "waiting for approval"
              )}
            </dd>
          </div>
        </dl>
      </section>
      {request.application && (
        <section aria-labelledby="timeline-heading" className="mt-6">
          <h2 id="timeline-heading" className="text-sm font-semibold text-gray-900">
            Timeline{" "}
            <Link
              className="ml-2 text-xs font-normal text-accent-700 underline"
              href={`/applications/${request.application.id}`}
            >
              open the application
            </Link>
          </h2>
          <ol className="mt-2 divide-y divide-gray-100 rounded-lg border border-gray-200 bg-white text-sm">
            {request.application.events.map((event) => (
              <li key={event.id} className="flex flex-wrap justify-between gap-2 px-3 py-2">
                <span>
                  <span className="font-mono text-xs">{event.type}</span>
                  {event.amount && (
                    <span className="ml-2 tabular-nums">{formatMoney(event.amount.toFixed(2), request.currency)}</span>
                  )}
                </span>
                <span className="text-gray-600">
                  {formatDateTime(event.occurredAt)}
                  {event.deliveryId && (
                    <Link className="ml-2 text-accent-700 underline" href={`/deliveries/${event.deliveryId}`}>
                      delivery
                    </Link>
                  )}
                </span>
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
