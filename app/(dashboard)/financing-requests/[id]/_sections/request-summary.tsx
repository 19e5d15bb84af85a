// What the request amounts to and what became of it: the totals (ours and WeGetFinancing's),
// its state in words, the order and the application behind it.
import Link from "next/link";

import { RequestStateBadge } from "@/app/(dashboard)/financing-requests/request-state-badge";
import { Badge } from "@/components/badge";
import { DetailCard, DetailRow } from "@/components/detail-card";
import { applicationStatusLabels } from "@/lib/applications/application-labels";
import type { getFinancingRequest } from "@/lib/financing-requests/get-financing-request";
import { requestStateLabels } from "@/lib/financing-requests/request-state-labels";
import { formatMoney } from "@/lib/format/format-money";
import { orderStatusLabels } from "@/lib/orders/order-labels";

type Request = NonNullable<Awaited<ReturnType<typeof getFinancingRequest>>>;

/** The states that still change by themselves as postbacks arrive. */
export const OPEN_STATES = new Set(["WAITING", "IN_PROGRESS", "NOT_SENT", "APPROVED_NO_ORDER"]);

export function RequestSummary({ request }: { request: Request }) {
  const total = request.amount.plus(request.shippingAmount).plus(request.taxAmount);
  // WeGetFinancing sums the financed amount itself (items plus shipping in its own test): shown beside ours.
  const answered = request.answeredAmount;
  const { order, application } = request;
  return (
    <DetailCard title="Status and amounts">
      <dl>
        <DetailRow label="Status" wide>
          <span aria-live="polite" data-testid="request-state">
            <RequestStateBadge value={request.state} />
          </span>
          <span className="mt-1 block text-xs text-gray-600">
            {requestStateLabels[request.state].description}
            {OPEN_STATES.has(request.state) && " Updates by itself as postbacks arrive."}
          </span>
        </DetailRow>
        <DetailRow label="Total financed (ours)" wide>
          <span className="font-medium tabular-nums">{formatMoney(total, request.currency)}</span>
        </DetailRow>
        <DetailRow label="WeGetFinancing's amount" wide>
          {answered === null ? (
            <span className="text-gray-600">not given</span>
          ) : (
            <span className="tabular-nums">
              {formatMoney(answered, request.currency)}
              {!answered.equals(total) && (
                <span className="ml-2">
                  <Badge tone="warning">differs by {formatMoney(answered.minus(total).abs(), request.currency)}</Badge>
                </span>
              )}
            </span>
          )}
        </DetailRow>
        <DetailRow label="Order" wide>
          {order ? (
            <Link className="link" href={`/orders/${order.id}`}>
              {orderStatusLabels[order.status].label}, {formatMoney(order.amount, request.currency)}
              {order.refundedAmount.gt(0) && `, ${formatMoney(order.refundedAmount, request.currency)} refunded`}
            </Link>
          ) : (
            <span className="text-gray-700">No order{request.state === "DECLINED" ? ": declined" : ""}</span>
          )}
        </DetailRow>
        <DetailRow label="Application" wide>
          {application ? (
            <Link className="link font-mono text-xs break-all" href={`/applications/${application.id}`}>
              {application.externalId}
            </Link>
          ) : (
            <span className="text-gray-600">none yet</span>
          )}
          {application && (
            <span className="ml-2 text-xs text-gray-600">{applicationStatusLabels[application.status].label}</span>
          )}
        </DetailRow>
      </dl>
    </DetailCard>
  );
}
