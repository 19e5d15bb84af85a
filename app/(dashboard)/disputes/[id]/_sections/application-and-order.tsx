// The application and order behind the dispute, when the dispute names an application we know.
import Link from "next/link";

import { Badge } from "@/components/badge";
import { DetailRow } from "@/components/detail-card";
import { customerName } from "@/lib/applications/application-labels";
import type { DisputeDetail } from "@/lib/disputes/get-dispute";
import { formatMoney } from "@/lib/format/format-money";

export function ApplicationAndOrder({ dispute }: { dispute: DisputeDetail }) {
  const { application } = dispute;
  if (!application) {
    return (
      <p className="text-sm text-gray-600">
        The dispute names no application we know, so no order can be linked to it.
      </p>
    );
  }
  return (
    <dl>
      <DetailRow label="Application">
        <Link href={`/applications/${application.id}`} className="link">
          {customerName(application) ?? "Application"}{" "}
          <span className="font-mono text-xs">{application.externalId}</span>
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
