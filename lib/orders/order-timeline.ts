// An order's history in one list, oldest first: the request, the application's events, the
// order's creation, hold and cancellation, refunds the funding report holds, and the
// deliveries that touched the order (which the application's events do not already name).
import type { RefundLine } from "@/lib/applications/get-application";

export type TimelineEntry = {
  key: string;
  at: Date;
  /** What happened, in words. */
  what: string;
  /** The event's own name, when it has one (wgf.postback.approved). */
  code?: string;
  amount?: string | null;
  deliveryId?: string | null;
};

type Source = {
  order: {
    createdAt: Date;
    cancelledAt: Date | null;
    holdReason: string | null;
    status: string;
    pendingCart: { createdAt: Date; createdByEmail: string | null } | null;
  };
  events: readonly {
    id: string;
    type: string;
    amount: { toString(): string } | null;
    reason: string | null;
    occurredAt: Date;
    delivery: { id: string } | null;
  }[];
  refunds: readonly RefundLine[];
  deliveries: readonly { id: string; receivedAt: Date; eventType: string | null; responseStatus: number }[];
};

export function orderTimeline({ order, events, refunds, deliveries }: Source): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const cart = order.pendingCart;
  if (cart)
    entries.push({
      key: "request",
      at: cart.createdAt,
      what: `Financing request made by ${cart.createdByEmail ?? "an unknown user"}`,
    });
  for (const event of events)
    entries.push({
      key: `event:${event.id}`,
      at: event.occurredAt,
      what: event.reason ? `Application event: ${event.reason}` : "Application event",
      code: event.type,
      amount: event.amount?.toString() ?? null,
      deliveryId: event.delivery?.id ?? null,
    });
  entries.push({ key: "order", at: order.createdAt, what: "Order created from the approved cart" });
  if (order.holdReason)
    entries.push({
      key: "hold",
      at: order.createdAt,
      what: `${order.status === "ON_HOLD" ? "On hold" : "Was on hold"}: ${order.holdReason}`,
    });
  if (order.cancelledAt) entries.push({ key: "cancelled", at: order.cancelledAt, what: "Order cancelled" });
  for (const refund of refunds)
    if (refund.source === "funding")
      entries.push({ key: refund.key, at: refund.at, what: "Refund in the funding report", amount: refund.amount });
  const named = new Set(events.flatMap((event) => (event.delivery ? [event.delivery.id] : [])));
  for (const delivery of deliveries)
    if (!named.has(delivery.id))
      entries.push({
        key: `delivery:${delivery.id}`,
        at: delivery.receivedAt,
        what: `Delivery received (answered ${delivery.responseStatus})`,
        code: delivery.eventType ?? undefined,
        deliveryId: delivery.id,
      });
  return entries.sort((a, b) => a.at.getTime() - b.at.getTime() || a.key.localeCompare(b.key));
}
