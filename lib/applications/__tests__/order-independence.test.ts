// Property: the same events applied in any order leave the same final state.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { applyApplicationEvent } from "@/lib/applications/apply-application-event";
import { db } from "@/lib/db/client";
import { applyDisputeEvent } from "@/lib/disputes/apply-dispute-event";
import type { ApplicationEffect, DisputeEffect } from "@/lib/ingest/types";
import { parseChargeAfterWebhook } from "@/lib/providers/chargeafter/parse-webhook";
import { parseWgfPostback } from "@/lib/providers/wegetfinancing/parse-postback";

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
    wgfStep(
      {
        version: "1.9",
        request_token: token,
        merchant_transaction_id: mtid,
        status: "approved",
        approved_amount: "499.00",
      },
      1,
    ),
    wgfStep({ version: "1.9", request_token: token, updates: { status: "refund", amount: "20.00" } }, 2),
    wgfStep({ version: "1.9", request_token: token, updates: { status: "refund", amount: "5.25" } }, 3),
    wgfStep({ version: "1.9", request_token: token, updates: { status: "cancelled" } }, 4),
  ];
}

/** Money that does not add up and a rejection after the approval (issue 11). */
function wgfDisputedJourney(token: string, mtid: string): Step[] {
  return [
    wgfStep({ version: "1.9", request_token: token, merchant_transaction_id: mtid, status: "preapproved" }, 0),
    wgfStep(
      {
        version: "1.9",
        request_token: token,
        merchant_transaction_id: mtid,
        status: "approved",
        approved_amount: "400.00",
      },
      1,
    ),
    wgfStep({ version: "1.9", request_token: token, merchant_transaction_id: mtid, status: "rejected" }, 2),
    wgfStep({ version: "1.9", request_token: token, updates: { status: "refund", amount: "300.00" } }, 3),
    wgfStep({ version: "1.9", request_token: token, updates: { status: "refund", amount: "250.00" } }, 4),
  ];
}

async function applyAll(steps: Step[]) {
  for (const step of steps) {
    await db().$transaction(async (tx) => {
      if (step.effect.kind === "dispute") await applyDisputeEvent(tx, step.effect, step.eventType, null);
      else await applyApplicationEvent(tx, step.effect as ApplicationEffect, step.eventType, null);
    });
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
    const makeCart = (mtid: string) =>
      db().pendingCart.create({
        data: {
          provider: "WEGETFINANCING",
          merchantTransactionId: mtid,
          customerFirstName: "A",
          customerLastName: "B",
          customerEmail: "a@example.com",
          items: [],
          amount: "499.00",
        },
      });
    await makeCart("M-ref");
    await applyAll(wgfJourney("tok_ref", "M-ref"));
    const expected = await snapshot("WEGETFINANCING", "tok_ref");
    expect(expected).toMatchObject({
      status: "CANCELLED",
      refundedAmount: "25.25",
      orders: [["CANCELLED", "499.00", "25.25", expect.any(String), "499.00", null, []]],
    });

    const indices = [0, 1, 2, 3, 4];
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(indices, { minLength: indices.length }), async (order) => {
        const n = ++run;
        await makeCart(`M-${n}`);
        const steps = wgfJourney(`tok_${n}`, `M-${n}`);
        await applyAll(order.map((i) => steps[i]!));
        expect(await snapshot("WEGETFINANCING", `tok_${n}`)).toEqual(expected);
      }),
      { numRuns: 30 },
    );
  });

  it("a WeGetFinancing rejection after approval, a short approval and an over-refund give the same held order in any order", async () => {
    const makeCart = (mtid: string) =>
      db().pendingCart.create({
        data: {
          provider: "WEGETFINANCING",
          merchantTransactionId: mtid,
          customerFirstName: "A",
          customerLastName: "B",
          customerEmail: "a@example.com",
          items: [],
          amount: "499.00",
        },
      });
    await makeCart("H-ref");
    await applyAll(wgfDisputedJourney("hold_ref", "H-ref"));
    const expected = await snapshot("WEGETFINANCING", "hold_ref");
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

    const indices = [0, 1, 2, 3, 4];
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(indices, { minLength: indices.length }), async (order) => {
        const n = ++run;
        await makeCart(`H-${n}`);
        const steps = wgfDisputedJourney(`hold_${n}`, `H-${n}`);
        await applyAll(order.map((i) => steps[i]!));
        expect(await snapshot("WEGETFINANCING", `hold_${n}`)).toEqual(expected);
      }),
      { numRuns: 30 },
    );
  });
});
