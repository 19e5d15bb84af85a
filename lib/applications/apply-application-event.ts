// Applies one normalised application event: the timeline row, the lender's outcome,
// the derived status, and (WeGetFinancing) the pending cart / order effect.
import Decimal from "decimal.js";
import type { Prisma } from "../db/client";
import type { ApplicationEffect } from "../ingest/types";
import { cancelOrder } from "../orders/cancel-order";
import { promotePendingCart } from "../orders/promote-pending-cart";
import { recordOrderRefund } from "../orders/record-order-refund";
import { deriveApplication, mergeLenderOutcome } from "./application-status";

/** WeGetFinancing decides through one lender network; its outcomes share this key. */
export const SINGLE_LENDER_KEY = "-";

export type AppliedApplicationEvent = { applicationId: string; orderId?: string; flags: string[] };

export async function applyApplicationEvent(
  tx: Prisma.TransactionClient,
  effect: ApplicationEffect,
  eventType: string,
  deliveryId: string | null,
): Promise<AppliedApplicationEvent> {
  const tokens = effect.tokens ?? {};
  // The upsert locks the application row: events of one application apply one at a time.
  const application = await tx.application.upsert({
    where: { provider_externalId: { provider: effect.provider, externalId: effect.externalId } },
    create: {
      provider: effect.provider,
      externalId: effect.externalId,
      status: "CREATED",
      lastEventAt: effect.occurredAt,
      merchantTransactionId: effect.merchantTransactionId,
      merchantOrderId: effect.merchantOrderId,
      ...tokens,
    },
    update: {},
    select: { id: true, lastEventAt: true, merchantTransactionId: true, merchantOrderId: true, accountId: true, accountToken: true, confirmationToken: true, consumerId: true, linkId: true, refundedAmount: true },
  });

  await tx.applicationEvent.create({
    data: {
      applicationId: application.id,
      deliveryId,
      type: eventType,
      status: effect.status,
      lenderId: effect.lenderId,
      amount: effect.amount?.toFixed(2),
      reason: effect.reason,
      occurredAt: effect.occurredAt,
      data: effect.data as Prisma.InputJsonValue,
    },
  });

  if (effect.status) {
    const lenderId = effect.lenderId ?? SINGLE_LENDER_KEY;
    // CREATED says only that the application exists; it is no lender's outcome.
    if (effect.status !== "CREATED" || effect.lenderId) {
      const existing = await tx.lenderOutcome.findUnique({ where: { applicationId_lenderId: { applicationId: application.id, lenderId } } });
      const incoming = { status: effect.status, amount: effect.amount ?? null, occurredAt: effect.occurredAt, reason: effect.reason ?? null };
      const current = existing ? { ...existing, amount: existing.amount ? new Decimal(existing.amount.toString()) : null } : undefined;
      const kept = mergeLenderOutcome(current, incoming);
      if (kept === incoming) {
        const data = { status: incoming.status, amount: incoming.amount?.toFixed(2) ?? null, occurredAt: incoming.occurredAt, reason: incoming.reason, lenderName: effect.lenderName ?? existing?.lenderName ?? null };
        await tx.lenderOutcome.upsert({
          where: { applicationId_lenderId: { applicationId: application.id, lenderId } },
          create: { applicationId: application.id, lenderId, ...data },
          update: data,
        });
      }
    }
  }

  const refund = effect.order?.action === "refund" ? effect.order.amount : undefined;
  const lenders = await tx.lenderOutcome.findMany({ where: { applicationId: application.id } });
  const derived = deriveApplication(
    lenders.map((l) => ({ lenderId: l.lenderId, status: l.status, amount: l.amount ? new Decimal(l.amount.toString()) : null, occurredAt: l.occurredAt })),
  );
  const lender = lenders.find((l) => l.lenderId === derived.lenderId);
  // Facts that arrive once keep their first value; later events fill only what is missing.
  const updated = await tx.application.update({
    where: { id: application.id },
    data: {
      status: derived.status,
      lenderId: derived.lenderId === SINGLE_LENDER_KEY ? null : derived.lenderId,
      lenderName: lender?.lenderName ?? null,
      approvedAmount: derived.approvedAmount?.toFixed(2) ?? null,
      lastEventAt: effect.occurredAt > application.lastEventAt ? effect.occurredAt : undefined,
      merchantTransactionId: application.merchantTransactionId ?? effect.merchantTransactionId,
      merchantOrderId: application.merchantOrderId ?? effect.merchantOrderId,
      accountId: application.accountId ?? tokens.accountId,
      accountToken: application.accountToken ?? tokens.accountToken,
      confirmationToken: application.confirmationToken ?? tokens.confirmationToken,
      consumerId: application.consumerId ?? tokens.consumerId,
      linkId: application.linkId ?? tokens.linkId,
      refundedAmount: refund ? { increment: refund.toFixed(2) } : undefined,
    },
    select: { refundedAmount: true, merchantTransactionId: true },
  });

  const result: AppliedApplicationEvent = { applicationId: application.id, flags: [] };
  switch (effect.order?.action) {
    case "promote": {
      // A cancellation that overtook the approval still wins: the order is born cancelled.
      const cancelledAt = derived.status === "CANCELLED" ? lender?.occurredAt : undefined;
      const promoted = await promotePendingCart(tx, {
        applicationId: application.id,
        requestToken: effect.externalId,
        merchantTransactionId: updated.merchantTransactionId ?? undefined,
        refundedAmount: new Decimal(updated.refundedAmount.toString()),
        cancelledAt,
      });
      result.orderId = promoted.orderId;
      if (promoted.outcome === "no-cart") result.flags.push("no-cart-to-promote");
      break;
    }
    case "cancel":
      result.orderId = await cancelOrder(tx, effect.externalId, effect.occurredAt);
      break;
    case "refund":
      result.orderId = await recordOrderRefund(tx, effect.externalId, effect.order.amount);
      break;
  }
  return result;
}
