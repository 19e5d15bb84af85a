// Property: the same events applied in any order leave the same final state.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { applyApplicationEvent } from "@/lib/applications/apply-application-event";
import { db } from "@/lib/db/client";
import { applyDisputeEvent } from "@/lib/disputes/apply-dispute-event";
import type { ApplicationEffect, DisputeEffect } from "@/lib/ingest/types";
import { parseChargeAfterWebhook } from "@/lib/providers/chargeafter/parse-webhook";
import { parseWgfPostback } from "@/lib/providers/wegetfinancing/parse-postback";
import { insertPendingCart } from "@/test/pending-cart";
import { wgfApproval } from "@/test/provider-requests";

type Step = { eventType: string; effect: ApplicationEffect | DisputeEffect };

function caStep(body: Record<string, unknown>): Step {
  const parsed = parseChargeAfterWebhook(
    Buffer.from(JSON.stringify(body)),
    "application/json",
    new Date("2026-11-02T12:00:00Z"),
  );
  if (!parsed.ok || (parsed.event.effect.kind !== "application" && parsed.event.effect.kind !== "dispute"))
    throw new Error(`fixture not applicable: ${JSON.stringify(body)}`);
  return { eventType: parsed.event.eventType, effect: parsed.event.effect };
}

function wgfStep(body: Record<string, unknown>, minute: number): Step {
  const parsed = parseWgfPostback(
    Buffer.from(JSON.stringify(body)),
    "application/json",
    new Date(Date.UTC(2026, 10, 2, 12, minute)),
  );
  if (!parsed.ok || parsed.event.effect.kind !== "application")
    throw new Error(`fixture not applicable: ${JSON.stringify(body)}`);
  return { eventType: parsed.event.eventType, effect: parsed.event.effect };
}

const at = (minute: number) => new Date(Date.UTC(2026, 10, 2, 10, minute)).toISOString();

function chargeAfterJourney(appId: string, disputeId: string): Step[] {
  return [
    caStep({ eventType: "application.created", createdAt: at(0), applicationId: appId }),
    caStep({
      eventType: "application.prequalified",
      createdAt: at(1),
      applicationId: appId,
      lenderId: "A",
      amount: 1000,
    }),
    caStep({
      eventType: "application.prequalified",
      createdAt: at(2),
      applicationId: appId,
      lenderId: "B",
      amount: 1500,
    }),
    caStep({ eventType: "application.declined", createdAt: at(3), applicationId: appId, lenderId: "A" }),
    caStep({
      eventType: "application.pending-lender",
      createdAt: at(4),
      applicationId: appId,
      lenderId: "B",
      reason: "Manual review",
    }),
    caStep({
      eventType: "application.approved",
      createdAt: at(5),
      applicationId: appId,
      lenderId: "B",
      amount: 1400.25,
    }),
    caStep({
      eventType: "application.checkout-confirmed",
      createdAt: at(6),
      applicationId: appId,
      accountId: "acct",
      lenderId: "B",
      amount: 1400.25,
      token: "ctok",
    }),
    caStep({
      eventType: "application.pending-consumer",
      createdAt: at(7),
      applicationId: appId,
      lenderId: "B",
      reason: "Late retry",
    }),
    caStep({
      applicationId: appId,
      accountToken: "atok",
      confirmationToken: "ctok",
      linkId: "lnk",
      consumerId: "cons",
    }),
    caStep({ eventType: "disputes.created", createdAt: at(20), disputeId, lenderDisputeId: "LD", lenderId: "B" }),
    caStep({ eventType: "disputes.lender.updated", createdAt: at(21), disputeId, lenderDisputeId: "LD" }),
    caStep({ eventType: "disputes.resolved", createdAt: at(22), disputeId, lenderDisputeId: "LD" }),
  ];
}

function wgfJourney(token: string, mtid: string): Step[] {
  return [
    wgfStep({ version: "1.9", request_token: token, merchant_transaction_id: mtid, status: "preapproved" }, 0),
    wgfStep(wgfApproval(token, mtid), 1),
    wgfStep({ version: "1.9", request_token: token, updates: { status: "refund", amount: "20.00" } }, 2),
    wgfStep({ version: "1.9", request_token: token, updates: { status: "refund", amount: "5.25" } }, 3),
    wgfStep({ version: "1.9", request_token: token, updates: { status: "cancelled" } }, 4),
  ];
}

/** Money that does not add up and a rejection after the approval (issue 11). */
function wgfDisputedJourney(token: string, mtid: string): Step[] {
  return [
    wgfStep({ version: "1.9", request_token: token, merchant_transaction_id: mtid, status: "preapproved" }, 0),
    wgfStep(wgfApproval(token, mtid, "400.00"), 1),
    wgfStep({ version: "1.9", request_token: token, merchant_transaction_id: mtid, status: "rejected" }, 2),
    wgfStep({ version: "1.9", request_token: token, updates: { status: "refund", amount: "300.00" } }, 3),
    wgfStep({ version: "1.9", request_token: token, updates: { status: "refund", amount: "250.00" } }, 4),
  ];
}

async function applyAll(steps: Step[]) {
  for (const step of steps) {
    // A generous timeout: on CI's 2 shared cores one step's transaction has outlasted Prisma's 5 s default.
    await db().$transaction(
      async (tx) => {
        if (step.effect.kind === "dispute") await applyDisputeEvent(tx, step.effect, step.eventType, null);
        else await applyApplicationEvent(tx, step.effect as ApplicationEffect, step.eventType, null);
      },
      { timeout: 30_000 },
    );
  }
}

async function snapshot(provider: "CHARGEAFTER" | "WEGETFINANCING", externalId: string, disputeId?: string) {
  const app = await db().application.findUniqueOrThrow({
    where: { provider_externalId: { provider, externalId } },
    include: { lenders: { orderBy: { lenderId: "asc" } }, orders: true, _count: { select: { events: true } } },
  });
  const dispute = disputeId
    ? await db().dispute.findUniqueOrThrow({ where: { provider_externalId: { provider, externalId: disputeId } } })
    : null;
  return {
    status: app.status,
    lenderId: app.lenderId,
    approvedAmount: app.approvedAmount?.toFixed(2),
    refundedAmount: app.refundedAmount.toFixed(2),
    tokens: [app.accountId, app.accountToken, app.confirmationToken, app.consumerId, app.linkId],
    hasMerchantTransactionId: app.merchantTransactionId !== null,
    lastEventAt: app.lastEventAt.toISOString(),
    events: app._count.events,
    lenders: app.lenders.map((l) => [
      l.lenderId,
      l.status,
      l.amount?.toFixed(2) ?? null,
      l.occurredAt.toISOString(),
      l.reason,
    ]),
    orders: app.orders.map((o) => [
      o.status,
      o.amount.toFixed(2),
      o.refundedAmount.toFixed(2),
      o.cancelledAt?.toISOString() ?? null,
      o.approvedAmount?.toFixed(2) ?? null,
      o.holdReason,
      o.flags,
    ]),
    dispute: dispute && [
      dispute.status,
      dispute.openedAt.toISOString(),
      dispute.resolvedAt?.toISOString(),
      dispute.lenderId,
      dispute.lenderDisputeId,
    ],
  };
}

let run = 0;

/**
 * A WeGetFinancing journey on a 499.00 cart, applied as sent and then in 30 random orders
 * (each on a fresh cart): every order ends as the first did. Returns that end state.
 */
async function sameInAnyOrder(journey: (token: string, mtid: string) => Step[], name: string) {
  await insertPendingCart(`${name}-ref`, undefined, "499.00");
  const reference = journey(`${name}_ref`, `${name}-ref`);
  await applyAll(reference);
  const expected = await snapshot("WEGETFINANCING", `${name}_ref`);
  const indices = reference.map((_, i) => i);
  await fc.assert(
    fc.asyncProperty(fc.shuffledSubarray(indices, { minLength: indices.length }), async (order) => {
      const n = ++run;
      await insertPendingCart(`${name}-${n}`, undefined, "499.00");
      const steps = journey(`${name}_${n}`, `${name}-${n}`);
      await applyAll(order.map((i) => steps[i]!));
      expect(await snapshot("WEGETFINANCING", `${name}_${n}`)).toEqual(expected);
    }),
    { numRuns: 30 },
  );
  return expected;
}

describe("order independence", () => {
  it("a ChargeAfter journey with several lenders and a dispute ends the same in any order", async () => {
    const reference = chargeAfterJourney("app_ref", "dsp_ref");
    await applyAll(reference);
    const expected = await snapshot("CHARGEAFTER", "app_ref", "dsp_ref");
    expect(expected).toMatchObject({ status: "CONFIRMED", approvedAmount: "1400.25", lenderId: "B" });

    const indices = reference.map((_, i) => i);
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(indices, { minLength: indices.length }), async (order) => {
        const id = `app_${++run}`;
        const steps = chargeAfterJourney(id, `dsp_${run}`);
        await applyAll(order.map((i) => steps[i]!));
        expect(await snapshot("CHARGEAFTER", id, `dsp_${run}`)).toEqual(expected);
      }),
      { numRuns: 30 },
    );
  });

  it("a WeGetFinancing approval, refunds and cancellation give the same order in any order", async () => {
    const expected = await sameInAnyOrder(wgfJourney, "tok");
    expect(expected).toMatchObject({
      status: "CANCELLED",
      refundedAmount: "25.25",
      orders: [["CANCELLED", "499.00", "25.25", expect.any(String), "499.00", null, []]],
    });
  });

  it("a WeGetFinancing rejection after approval, a short approval and an over-refund give the same held order in any order", async () => {
    const expected = await sameInAnyOrder(wgfDisputedJourney, "hold");
    expect(expected).toMatchObject({
      status: "APPROVED",
      refundedAmount: "550.00",
      orders: [
        [
          "ON_HOLD",
          "499.00",
          "550.00",
          null,
          "400.00",
          "WeGetFinancing reported rejected after approval",
          ["approved-amount-differs", "over-refund"],
        ],
      ],
    });
  });
});
