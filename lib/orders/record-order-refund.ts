import type Decimal from "decimal.js";

import type { Prisma } from "@/lib/db/client";
import { recordOrderEvent } from "@/lib/events/record-order-event";

import { addOrderFlags } from "./order-flags";

/**
 * Adds a refund to the order of a financing request, if there is one; returns its id.
 * A refund larger than what is left is recorded as sent and flags the order `over-refund`.
 */
export async function recordOrderRefund(
  tx: Prisma.TransactionClient,
  requestToken: string,
  amount: Decimal,
): Promise<string | undefined> {
  const order = await tx.order.findUnique({ where: { requestToken }, select: { id: true } });
  if (!order) return undefined; // promotion picks up the application's refunded total
  const updated = await tx.order.update({
    where: { id: order.id },
    data: { refundedAmount: { increment: amount.toFixed(2) } },
    select: { amount: true, refundedAmount: true },
  });
  if (updated.refundedAmount.gt(updated.amount)) await addOrderFlags(tx, order.id, ["over-refund"]);
  await recordOrderEvent(tx, "order.refunded", order.id, amount);
  return order.id;
}
