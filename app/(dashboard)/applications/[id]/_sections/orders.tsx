// The application's sale: the orders its approvals made (with what staff must decide)
// and the pending carts its financing requests saved.
import Link from "next/link";

import { OrderHoldForm } from "@/app/(dashboard)/applications/[id]/order-hold-form";
import { Badge } from "@/components/badge";
import { DateTime } from "@/components/date-time";
import { DetailCard } from "@/components/detail-card";
import type { ApplicationDetail } from "@/lib/applications/get-application";
import { formatMoney } from "@/lib/format/format-money";
import { orderFlagLabel, orderStatusLabels, orderStatusTones } from "@/lib/orders/order-labels";

import { Entries } from "./values";

export function Orders({ application: a, canDecide }: { application: ApplicationDetail; canDecide: boolean }) {
  return (
    <DetailCard title="Orders">
      <Entries items={a.orders} empty="No order was created from this application." keyOf={(order) => order.id}>
        {(order) => (
          <>
            <Link href={`/orders/${order.id}`} className="link">
              Order <span className="font-mono text-xs">{order.merchantTransactionId ?? order.requestToken}</span>
            </Link>{" "}
            <Badge tone={orderStatusTones[order.status]}>{orderStatusLabels[order.status].label}</Badge>
            {order.flags.map((flag) => (
              <span key={flag} title={orderFlagLabel(flag).description} className="ml-1">
                <Badge tone="warning">{orderFlagLabel(flag).label}</Badge>
              </span>
            ))}
            <span className="block text-xs text-gray-600">
              {formatMoney(order.amount, order.currency)}
              {order.approvedAmount && `, approved ${formatMoney(order.approvedAmount, order.currency)}`}
              {Number(order.refundedAmount.toString()) > 0 &&
                `, refunded ${formatMoney(order.refundedAmount, order.currency)}`}
              , created <DateTime value={order.createdAt} />
              {order.cancelledAt && (
                <>
                  , cancelled <DateTime value={order.cancelledAt} />
                </>
              )}
              {order.holdReason && (
                <span className="block">
                  {order.status === "ON_HOLD" ? "On hold" : "Was on hold"}: {order.holdReason}
                </span>
              )}
            </span>
            {order.status === "ON_HOLD" && canDecide && <OrderHoldForm applicationId={a.id} orderId={order.id} />}
          </>
        )}
      </Entries>
    </DetailCard>
  );
}

export function PendingCarts({ application: a }: { application: ApplicationDetail }) {
  return (
    <DetailCard title="Pending carts">
      <Entries items={a.pendingCarts} empty="No pending cart is linked to this application." keyOf={(cart) => cart.id}>
        {(cart) => (
          <>
            <Link href={`/financing-requests/${cart.id}`} className="link">
              Financing request <span className="font-mono text-xs">{cart.merchantTransactionId}</span>
            </Link>{" "}
            <Badge tone={cart.promotedAt ? "success" : "warning"}>
              {cart.promotedAt ? "Promoted to an order" : "Not promoted"}
            </Badge>
            <span className="block text-xs text-gray-600">
              {[cart.customerFirstName, cart.customerLastName].join(" ")} ({cart.customerEmail}),{" "}
              {formatMoney(cart.amount.plus(cart.shippingAmount).plus(cart.taxAmount), cart.currency)}, saved{" "}
              <DateTime value={cart.createdAt} />
            </span>
          </>
        )}
      </Entries>
    </DetailCard>
  );
}
