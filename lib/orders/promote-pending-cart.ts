// Pending cart → order, exactly once per financing request token: the order's
// unique requestToken is the guard, so concurrent approvals cannot both insert.
import type Decimal from "decimal.js";
import type { Prisma } from "../db/client";
import type { ApplicationStatus } from "../db/generated/enums";

type PromoteInput = {
  applicationId: string;
  requestToken: string;
  merchantTransactionId?: string;
  refundedAmount: Decimal;
  cancelledAt?: Date;
  financingStatus: ApplicationStatus;
};

export type PromoteResult =
  | { outcome: "created"; orderId: string }
  | { outcome: "already-promoted"; orderId: string }
  | { outcome: "no-cart"; orderId?: undefined };

export async function promotePendingCart(tx: Prisma.TransactionClient, input: PromoteInput): Promise<PromoteResult> {
  const existing = await tx.order.findUnique({ where: { requestToken: input.requestToken }, select: { id: true } });
  if (existing) return { outcome: "already-promoted", orderId: existing.id };

  const cart = await tx.pendingCart.findFirst({
    where: {
      OR: [{ requestToken: input.requestToken }, ...(input.merchantTransactionId ? [{ merchantTransactionId: input.merchantTransactionId }] : [])],
    },
    orderBy: { createdAt: "desc" },
  });
  if (!cart) return { outcome: "no-cart" };

  const total = cart.amount.plus(cart.shippingAmount).plus(cart.taxAmount);
  const rows = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "Order" (id, provider, "merchantTransactionId", "requestToken", status, amount, "refundedAmount", currency,
                         "customerFirstName", "customerLastName", "customerEmail", items, "createdAt", "cancelledAt",
                         "applicationId", "pendingCartId", "financingStatus")
    VALUES (gen_random_uuid(), ${cart.provider}::"Provider", ${cart.merchantTransactionId}, ${input.requestToken},
            ${input.cancelledAt ? "CANCELLED" : "OPEN"}::"OrderStatus", ${total.toFixed(2)}::numeric, ${input.refundedAmount.toFixed(2)}::numeric,
            ${cart.currency}, ${cart.customerFirstName}, ${cart.customerLastName}, ${cart.customerEmail}, ${JSON.stringify(cart.items)}::jsonb,
            now(), ${input.cancelledAt ?? null}, ${input.applicationId}::uuid, ${cart.id}::uuid, ${input.financingStatus}::"ApplicationStatus")
    ON CONFLICT DO NOTHING
    RETURNING id::text`;
  if (!rows[0]) {
    // Another transaction promoted it a moment ago.
    const order = await tx.order.findUniqueOrThrow({ where: { requestToken: input.requestToken }, select: { id: true } });
    return { outcome: "already-promoted", orderId: order.id };
  }
  // Postbacks carry no customer: the cart knows who bought, and what was asked for.
  await tx.application.updateMany({
    where: { id: input.applicationId, customerEmail: null },
    data: { customerFirstName: cart.customerFirstName, customerLastName: cart.customerLastName, customerEmail: cart.customerEmail, customerPhone: cart.customerPhone, requestedAmount: total.toFixed(2) },
  });
  await tx.pendingCart.update({
    where: { id: cart.id },
    data: { promotedAt: new Date(), requestToken: cart.requestToken ?? input.requestToken, applicationId: input.applicationId },
  });
  return { outcome: "created", orderId: rows[0].id };
}
