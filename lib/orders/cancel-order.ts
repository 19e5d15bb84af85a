import type { Prisma } from "@/lib/db/client";
import { recordOrderEvent } from "@/lib/events/record-order-event";

/** Cancels the order of a financing request, if there is one; returns its id. */
export async function cancelOrder(
  tx: Prisma.TransactionClient,
  requestToken: string,
  at: Date,
): Promise<string | undefined> {
  const order = await tx.order.findUnique({ where: { requestToken }, select: { id: true, cancelledAt: true } });
  if (!order) return undefined;
  // The earliest cancellation time wins, whatever order the events came in.
  const cancelledAt = order.cancelledAt && order.cancelledAt < at ? order.cancelledAt : at;
  await tx.order.update({ where: { id: order.id }, data: { status: "CANCELLED", cancelledAt } });
  if (!order.cancelledAt) await recordOrderEvent(tx, "order.cancelled", order.id);
  return order.id;
}
