import type Decimal from "decimal.js";
import type { Prisma } from "../db/client";

/** Adds a refund to the order of a financing request, if there is one; returns its id. */
export async function recordOrderRefund(tx: Prisma.TransactionClient, requestToken: string, amount: Decimal): Promise<string | undefined> {
  const order = await tx.order.findUnique({ where: { requestToken }, select: { id: true } });
  if (!order) return undefined; // promotion picks up the application's refunded total
  await tx.order.update({ where: { id: order.id }, data: { refundedAmount: { increment: amount.toFixed(2) } } });
  return order.id;
}
