// The order itself: its state (and why, for a hold or a flag), its money, the customer, and
// the financing request and application it came from.
import Link from "next/link";

import { RequestStateBadge } from "@/app/(dashboard)/financing-requests/request-state-badge";
import { Badge } from "@/components/badge";
import { DateTime } from "@/components/date-time";
import { DetailCard, DetailId, DetailRow } from "@/components/detail-card";
import { customerName } from "@/lib/applications/application-labels";
import { formatMoney } from "@/lib/format/format-money";
import type { OrderDetail } from "@/lib/orders/get-order";
import { orderFlagLabel, orderStatusLabels } from "@/lib/orders/order-labels";

export function OrderSummary({ order }: { order: OrderDetail }) {
  const money = (value: Parameters<typeof formatMoney>[0]) => formatMoney(value, order.currency);
  return (
    <DetailCard title="Order">
      <dl>
        <DetailRow label="Status" wide>
          {orderStatusLabels[order.status].description}
          {order.cancelledAt && (
            <span className="block text-xs text-gray-600">
              Cancelled <DateTime value={order.cancelledAt} />
            </span>
          )}
        </DetailRow>
        {order.holdReason && (
          <DetailRow label={order.status === "ON_HOLD" ? "On hold because" : "Was on hold because"} wide>
            {order.holdReason}
            {order.status === "ON_HOLD" && order.application && (
              <span className="block text-xs text-gray-600">
                Staff reopen or cancel it on{" "}
                <Link className="link" href={`/applications/${order.application.id}`}>
                  the application&apos;s page
                </Link>
                .
              </span>
            )}
          </DetailRow>
        )}
        {order.flags.length > 0 && (
          <DetailRow label="Flags" wide>
            <ul className="space-y-1">
              {order.flags.map((flag) => (
                <li key={flag}>
                  <Badge tone="warning">{orderFlagLabel(flag).label}</Badge>{" "}
                  <span className="text-xs text-gray-700">{orderFlagLabel(flag).description}</span>
                </li>
              ))}
            </ul>
          </DetailRow>
        )}
        <DetailRow label="Amount" wide>
          <span className="font-medium">{money(order.amount)}</span>
          {order.approvedAmount && <span className="text-gray-600">, approved {money(order.approvedAmount)}</span>}
        </DetailRow>
        <DetailRow label="Refunded" wide>
          {money(order.refundedAmount)}
        </DetailRow>
        <DetailRow label="Customer" wide>
          {customerName(order) ?? "unknown"}
          {order.customerEmail && <span className="block text-xs text-gray-600">{order.customerEmail}</span>}
        </DetailRow>
        <DetailRow label="Created" wide>
          <DateTime value={order.createdAt} />
        </DetailRow>
        <DetailRow label="Financing request" wide>
          {order.pendingCart ? (
            <>
              <Link className="link font-mono text-xs break-all" href={`/financing-requests/${order.pendingCart.id}`}>
                {order.pendingCart.merchantTransactionId}
              </Link>{" "}
              {order.requestState && <RequestStateBadge value={order.requestState} />}
            </>
          ) : (
            <span className="text-gray-600">none known</span>
          )}
        </DetailRow>
        <DetailRow label="Request token" wide>
          <DetailId value={order.requestToken} />
        </DetailRow>
      </dl>
    </DetailCard>
  );
}
