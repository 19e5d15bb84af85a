// Applies one normalised application event: the timeline row, the lender's outcome,
// the derived status, and (WeGetFinancing) the pending cart / order effect.
import Decimal from "decimal.js";
import { v7 as uuidv7 } from "uuid";

import { readEventCustomer } from "@/lib/customers/read-event-customer";
import type { Prisma } from "@/lib/db/client";
import type { ApplicationStatus } from "@/lib/db/generated/enums";
import { recordApplicationStatusChanged } from "@/lib/events/record-application-status-changed";
import type { ApplicationEffect } from "@/lib/ingest/types";
import { relinkSales } from "@/lib/links/relink-sales";
import { cancelOrder } from "@/lib/orders/cancel-order";
import { holdIfRejectedAfterApproval } from "@/lib/orders/hold-order";
import { promotePendingCart } from "@/lib/orders/promote-pending-cart";
import { recordOrderRefund } from "@/lib/orders/record-order-refund";

import { deriveApplication, mergeLenderOutcome, SINGLE_LENDER_KEY, type LenderState } from "./application-status";

type ApplicationRow = {
  id: string;
  status: ApplicationStatus;
  lastEventAt: Date;
  merchantTransactionId: string | null;
  merchantOrderId: string | null;
  accountId: string | null;
  accountToken: string | null;
  confirmationToken: string | null;
  consumerId: string | null;
  linkId: string | null;
};

export type AppliedApplicationEvent = { applicationId: string; orderId?: string; flags: string[] };

export async function applyApplicationEvent(
  tx: Prisma.TransactionClient,
  effect: ApplicationEffect,
  eventType: string,
  deliveryId: string | null,
): Promise<AppliedApplicationEvent> {
  const tokens = effect.tokens ?? {};
  // INSERT … ON CONFLICT DO UPDATE locks the row: events of one application apply one at a time.
  const [application] = await tx.$queryRaw<ApplicationRow[]>`
    INSERT INTO "Application" (id, provider, "externalId", status, "lastEventAt", "merchantTransactionId", "merchantOrderId",
                               "accountId", "accountToken", "confirmationToken", "consumerId", "linkId", "updatedAt")
    VALUES (${uuidv7()}::uuid, ${effect.provider}::"Provider", ${effect.externalId}, 'CREATED', ${effect.occurredAt},
            ${effect.merchantTransactionId ?? null}, ${effect.merchantOrderId ?? null}, ${tokens.accountId ?? null},
            ${tokens.accountToken ?? null}, ${tokens.confirmationToken ?? null}, ${tokens.consumerId ?? null}, ${tokens.linkId ?? null}, now())
    ON CONFLICT (provider, "externalId") DO UPDATE SET "updatedAt" = now()
    RETURNING id::text, status, "lastEventAt", "merchantTransactionId", "merchantOrderId", "accountId", "accountToken",
              "confirmationToken", "consumerId", "linkId"`;
  if (!application) throw new Error("the application upsert returned no row");

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

  const toState = (l: {
    lenderId: string;
    status: LenderState["status"];
    amount: { toString(): string } | null;
    occurredAt: Date;
    lenderName: string | null;
    reason: string | null;
  }) => ({
    lenderId: l.lenderId,
    status: l.status,
    amount: l.amount ? new Decimal(l.amount.toString()) : null,
    occurredAt: l.occurredAt,
    lenderName: l.lenderName,
    reason: l.reason,
  });
  const lenders = (await tx.lenderOutcome.findMany({ where: { applicationId: application.id } })).map(toState);

  // CREATED says only that the application exists; it is no lender's outcome.
  if (effect.status && (effect.status !== "CREATED" || effect.lenderId)) {
    const lenderId = effect.lenderId ?? SINGLE_LENDER_KEY;
    const index = lenders.findIndex((l) => l.lenderId === lenderId);
    const current = lenders[index];
    const incoming = {
      lenderId,
      status: effect.status,
      amount: effect.amount ?? null,
      occurredAt: effect.occurredAt,
      reason: effect.reason ?? null,
      lenderName: effect.lenderName ?? current?.lenderName ?? null,
    };
    if (mergeLenderOutcome(current, incoming) === incoming) {
      const data = {
        status: incoming.status,
        amount: incoming.amount?.toFixed(2) ?? null,
        occurredAt: incoming.occurredAt,
        reason: incoming.reason,
        lenderName: incoming.lenderName,
      };
      await tx.lenderOutcome.upsert({
        where: { applicationId_lenderId: { applicationId: application.id, lenderId } },
        create: { applicationId: application.id, lenderId, ...data },
        update: data,
      });
      if (current) lenders[index] = incoming;
      else lenders.push(incoming);
    }
  }

  const refund = effect.order?.action === "refund" ? effect.order.amount : undefined;
  const derived = deriveApplication(lenders);
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

  await tx.order.updateMany({ where: { applicationId: application.id }, data: { financingStatus: derived.status } });
  await recordApplicationStatusChanged(tx, application.id, application.status, derived.status);

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
        // The approval's own amount: a cancellation replaces the lender's outcome, not this fact.
        approvedAmount: effect.amount ?? null,
        cancelledAt,
        financingStatus: derived.status,
      });
      result.orderId = promoted.orderId;
      if (promoted.outcome === "no-cart") result.flags.push("no-cart-to-promote");
      if (promoted.outcome === "cart-already-promoted") result.flags.push("cart-already-promoted");
      break;
    }
    case "cancel":
      result.orderId = await cancelOrder(tx, effect.externalId, effect.occurredAt);
      break;
    case "refund":
      result.orderId = await recordOrderRefund(tx, effect.externalId, effect.order.amount);
      break;
  }
  // Either half of "rejected after approved" may arrive first: check whenever one does.
  if (effect.provider === "WEGETFINANCING" && (effect.status === "DECLINED" || effect.order?.action === "promote")) {
    const held = await holdIfRejectedAfterApproval(tx, application.id);
    if (held) {
      result.orderId ??= held;
      if (effect.status === "DECLINED") result.flags.push("rejected-after-approval");
    }
  }
  // This application (its ids, its order, its customer) may complete a funding record that came first.
  const customer = readEventCustomer(effect.provider, effect.data);
  await relinkSales(tx, {
    applicationIds: [application.id],
    customers: customer ? [{ applicationId: application.id, ...customer }] : [],
  });
  return result;
}
