// Applies one normalised application event: the timeline row, the lender's outcome,
// the derived status, and (WeGetFinancing) the pending cart / order effect.
import Decimal from "decimal.js";
import { v7 as uuidv7 } from "uuid";

import { readEventCustomer } from "@/lib/customers/read-event-customer";
import { Prisma } from "@/lib/db/client";
import type { ApplicationStatus } from "@/lib/db/generated/enums";
import { applicationStatusChangedCtes } from "@/lib/events/record-application-status-changed";
import { applicationLockKey, lockApplications } from "@/lib/ingest/application-locks";
import type { Relink } from "@/lib/ingest/relink-batch";
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

export type ApplyOptions = {
  /** The link step: now (the default), or collected by a batch that runs it once at its end. */
  relink?: Relink;
  /** The caller holds this application's lock already (a batch takes its locks at its start). */
  locked?: boolean;
};

type Lender = LenderState & { lenderName: string | null; reason: string | null };
type StoredLender = Omit<Lender, "amount" | "occurredAt"> & { amount: string | null; occurredAt: string };

export async function applyApplicationEvent(
  tx: Prisma.TransactionClient,
  effect: ApplicationEffect,
  eventType: string,
  deliveryId: string | null,
  options: ApplyOptions = {},
): Promise<AppliedApplicationEvent> {
  const relink = options.relink ?? relinkSales;
  if (!options.locked) await lockApplications(tx, [applicationLockKey(effect.provider, effect.externalId)]);
  const tokens = effect.tokens ?? {};
  // One round trip: the application (created if new), the timeline row, the lenders' outcomes.
  const [application] = await tx.$queryRaw<(ApplicationRow & { lenders: StoredLender[] })[]>`
    WITH app AS (
      INSERT INTO "Application" (id, provider, "externalId", status, "lastEventAt", "merchantTransactionId", "merchantOrderId",
                                 "accountId", "accountToken", "confirmationToken", "consumerId", "linkId", "updatedAt")
      VALUES (${uuidv7()}::uuid, ${effect.provider}::"Provider", ${effect.externalId}, 'CREATED', ${effect.occurredAt},
              ${effect.merchantTransactionId ?? null}, ${effect.merchantOrderId ?? null}, ${tokens.accountId ?? null},
              ${tokens.accountToken ?? null}, ${tokens.confirmationToken ?? null}, ${tokens.consumerId ?? null}, ${tokens.linkId ?? null}, now())
      ON CONFLICT (provider, "externalId") DO UPDATE SET "updatedAt" = now()
      RETURNING id, status, "lastEventAt", "merchantTransactionId", "merchantOrderId", "accountId", "accountToken",
                "confirmationToken", "consumerId", "linkId"
    ), event AS (
      INSERT INTO "ApplicationEvent" (id, "applicationId", "deliveryId", type, status, "lenderId", amount, reason, "occurredAt", data)
      SELECT ${uuidv7()}::uuid, id, ${deliveryId}::uuid, ${eventType}, ${effect.status ?? null}::"ApplicationStatus",
             ${effect.lenderId ?? null}, ${effect.amount?.toFixed(2) ?? null}::numeric, ${effect.reason ?? null},
             ${effect.occurredAt}, ${effect.data === undefined ? null : JSON.stringify(effect.data)}::jsonb
      FROM app
    )
    SELECT app.id::text, app.status, app."lastEventAt", app."merchantTransactionId", app."merchantOrderId", app."accountId",
           app."accountToken", app."confirmationToken", app."consumerId", app."linkId",
           COALESCE((SELECT jsonb_agg(jsonb_build_object('lenderId', l."lenderId", 'status', l.status, 'amount', l.amount::text,
                                                         'occurredAt', l."occurredAt", 'lenderName', l."lenderName", 'reason', l.reason))
                     FROM "LenderOutcome" l WHERE l."applicationId" = app.id), '[]'::jsonb) AS lenders
    FROM app`;
  if (!application) throw new Error("the application upsert returned no row");

  const lenders: Lender[] = application.lenders.map((l) => ({
    ...l,
    amount: l.amount === null ? null : new Decimal(l.amount),
    occurredAt: new Date(l.occurredAt),
  }));

  // CREATED says only that the application exists; it is no lender's outcome.
  let lenderWrite = Prisma.empty;
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
      lenderWrite = Prisma.sql`lender AS (
        INSERT INTO "LenderOutcome" ("applicationId", "lenderId", status, amount, "occurredAt", reason, "lenderName")
        VALUES (${application.id}::uuid, ${lenderId}, ${incoming.status}::"ApplicationStatus", ${incoming.amount?.toFixed(2) ?? null}::numeric,
                ${incoming.occurredAt}, ${incoming.reason}, ${incoming.lenderName})
        ON CONFLICT ("applicationId", "lenderId") DO UPDATE SET status = EXCLUDED.status, amount = EXCLUDED.amount,
          "occurredAt" = EXCLUDED."occurredAt", reason = EXCLUDED.reason, "lenderName" = EXCLUDED."lenderName"
      ),`;
      if (current) lenders[index] = incoming;
      else lenders.push(incoming);
    }
  }

  const refund = effect.order?.action === "refund" ? effect.order.amount : undefined;
  const derived = deriveApplication(lenders);
  const lender = lenders.find((l) => l.lenderId === derived.lenderId);
  // Facts that arrive once keep their first value; later events fill only what is missing. One
  // round trip: the lender's outcome, the application, its orders' financing status and, when
  // the status moved, application.status_changed.
  const statusChanged =
    application.status !== derived.status ? applicationStatusChangedCtes(application.status) : Prisma.empty;
  const [updated] = await tx.$queryRaw<{ refundedAmount: string; merchantTransactionId: string | null }[]>`
    WITH ${lenderWrite} orders AS (
      UPDATE "Order" SET "financingStatus" = ${derived.status}::"ApplicationStatus" WHERE "applicationId" = ${application.id}::uuid
    ), updated AS (
    UPDATE "Application" SET
      status = ${derived.status}::"ApplicationStatus",
      "lenderId" = ${derived.lenderId === SINGLE_LENDER_KEY ? null : derived.lenderId},
      "lenderName" = ${lender?.lenderName ?? null},
      "approvedAmount" = ${derived.approvedAmount?.toFixed(2) ?? null}::numeric,
      "lastEventAt" = GREATEST("lastEventAt", ${effect.occurredAt}),
      "merchantTransactionId" = COALESCE("merchantTransactionId", ${effect.merchantTransactionId ?? null}),
      "merchantOrderId" = COALESCE("merchantOrderId", ${effect.merchantOrderId ?? null}),
      "accountId" = COALESCE("accountId", ${tokens.accountId ?? null}),
      "accountToken" = COALESCE("accountToken", ${tokens.accountToken ?? null}),
      "confirmationToken" = COALESCE("confirmationToken", ${tokens.confirmationToken ?? null}),
      "consumerId" = COALESCE("consumerId", ${tokens.consumerId ?? null}),
      "linkId" = COALESCE("linkId", ${tokens.linkId ?? null}),
      "refundedAmount" = "refundedAmount" + ${refund?.toFixed(2) ?? "0"}::numeric,
      "updatedAt" = now()
    WHERE id = ${application.id}::uuid
    RETURNING *
    )${statusChanged}
    SELECT "refundedAmount"::text, "merchantTransactionId" FROM updated`;
  if (!updated) throw new Error("the application update returned no row");

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
        relink,
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
  await relink(tx, {
    applicationIds: [application.id],
    customers: customer ? [{ applicationId: application.id, ...customer }] : [],
  });
  return result;
}
