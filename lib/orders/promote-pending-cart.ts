// Pending cart → order, exactly once per financing request token: the order's
// unique requestToken is the guard, so concurrent approvals cannot both insert.
import type Decimal from "decimal.js";

import type { Prisma } from "@/lib/db/client";
import type { ApplicationStatus } from "@/lib/db/generated/enums";
import { recordOrderEvent } from "@/lib/events/record-order-event";
import type { Relink } from "@/lib/ingest/relink-batch";
import { relinkSales } from "@/lib/links/relink-sales";

import { addOrderFlags, type OrderFlag } from "./order-flags";

type PromoteInput = {
  applicationId: string;
  requestToken: string;
  merchantTransactionId?: string;
  refundedAmount: Decimal;
  /** What the lender approved; the order keeps the cart's total, this is recorded beside it. */
  approvedAmount?: Decimal | null;
  cancelledAt?: Date;
  financingStatus: ApplicationStatus;
  /** The link step: now (the default), or collected by the applier's batch. */
  relink?: Relink;
};

export type PromoteResult =
  | { outcome: "created"; orderId: string }
  | { outcome: "already-promoted"; orderId: string }
  /** The cart became an order under another request token: the application is updated, the order flagged. */
  | { outcome: "cart-already-promoted"; orderId: string }
  | { outcome: "no-cart"; orderId?: undefined };

export async function promotePendingCart(tx: Prisma.TransactionClient, input: PromoteInput): Promise<PromoteResult> {
  const promoted = await alreadyPromoted(tx, input);
  if (promoted) return promoted;

  const cart = await tx.pendingCart.findFirst({
    where: { OR: anyOf({ requestToken: input.requestToken }, { merchantTransactionId: input.merchantTransactionId }) },
    orderBy: { createdAt: "desc" },
  });
  if (!cart) return { outcome: "no-cart" };

  const total = cart.amount.plus(cart.shippingAmount).plus(cart.taxAmount);
  const flags: OrderFlag[] = [];
  if (input.approvedAmount && !input.approvedAmount.eq(total.toString())) flags.push("approved-amount-differs");
  if (input.refundedAmount.gt(total.toString())) flags.push("over-refund");
  const rows = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "Order" (id, provider, "merchantTransactionId", "requestToken", status, amount, "refundedAmount", "approvedAmount", flags, currency,
                         "customerFirstName", "customerLastName", "customerEmail", items, "createdAt", "cancelledAt",
                         "applicationId", "pendingCartId", "financingStatus")
    VALUES (gen_random_uuid(), ${cart.provider}::"Provider", ${cart.merchantTransactionId}, ${input.requestToken},
            ${input.cancelledAt ? "CANCELLED" : "OPEN"}::"OrderStatus", ${total.toFixed(2)}::numeric, ${input.refundedAmount.toFixed(2)}::numeric,
            ${input.approvedAmount?.toFixed(2) ?? null}::numeric, ${flags.sort()}::text[],
            ${cart.currency}, ${cart.customerFirstName}, ${cart.customerLastName}, ${cart.customerEmail}, ${JSON.stringify(cart.items)}::jsonb,
            now(), ${input.cancelledAt ?? null}, ${input.applicationId}::uuid, ${cart.id}::uuid, ${input.financingStatus}::"ApplicationStatus")
    ON CONFLICT DO NOTHING
    RETURNING id::text`;
  if (!rows[0]) {
    // Either another transaction promoted this request a moment ago, or the cart
    // (its merchant transaction id) is already an order under another request token.
    const raced = await alreadyPromoted(tx, input);
    if (raced) return raced;
    const other = await tx.order.findFirst({
      where: { OR: anyOf({ pendingCartId: cart.id }, { merchantTransactionId: cart.merchantTransactionId }) },
      select: { id: true },
    });
    if (!other)
      throw new Error(`The order for request ${input.requestToken} could not be created and no order holds its cart.`);
    await addOrderFlags(tx, other.id, ["cart-already-promoted"]);
    return { outcome: "cart-already-promoted", orderId: other.id };
  }
  // The cart knows what was asked for; who bought is filled (with its source) by the link step.
  await tx.application.updateMany({
    where: { id: input.applicationId, requestedAmount: null },
    data: { requestedAmount: total.toFixed(2) },
  });
  await tx.pendingCart.update({
    where: { id: cart.id },
    data: {
      promotedAt: new Date(),
      requestToken: cart.requestToken ?? input.requestToken,
      applicationId: input.applicationId,
    },
  });
  // The new order (its merchant transaction id) and the cart's customer may complete a funding record.
  await (input.relink ?? relinkSales)(tx, { applicationIds: [input.applicationId] });
  await recordOrderEvent(tx, "order.created", rows[0].id);
  return { outcome: "created", orderId: rows[0].id };
}

/**
 * The order this request already became, if any. A later approval of a promoted request fills
 * in the approved amount if the order has none yet.
 */
async function alreadyPromoted(tx: Prisma.TransactionClient, input: PromoteInput): Promise<PromoteResult | null> {
  const order = await tx.order.findUnique({
    where: { requestToken: input.requestToken },
    select: { id: true, approvedAmount: true, amount: true },
  });
  if (!order) return null;
  const approved = input.approvedAmount;
  if (approved && order.approvedAmount === null) {
    await tx.order.update({ where: { id: order.id }, data: { approvedAmount: approved.toFixed(2) } });
    if (!approved.eq(order.amount.toString())) await addOrderFlags(tx, order.id, ["approved-amount-differs"]);
  }
  return { outcome: "already-promoted", orderId: order.id };
}

/** The conditions whose value is known: a cart or order without a merchant transaction id matches by the others only. */
function anyOf<T extends Record<string, unknown>>(...conditions: T[]): T[] {
  return conditions.filter((condition) =>
    Object.values(condition).every((value) => value !== null && value !== undefined && value !== ""),
  );
}
