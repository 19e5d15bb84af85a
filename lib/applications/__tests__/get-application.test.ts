import { beforeEach, describe, expect, it } from "vitest";

import { getApplication, refundsOf } from "@/lib/applications/get-application";
import { db } from "@/lib/db/client";
import { makeDelivery } from "@/lib/deliveries/__tests__/make-delivery";
import { itIsNullForIdsOfNoRow } from "@/test/bad-ids";
import { resetDatabase } from "@/test/reset-database";

import { makeApplication } from "./make-application";

beforeEach(resetDatabase);

const at = (minute: number) => new Date(Date.UTC(2026, 10, 2, 15, minute));

describe("getApplication", () => {
  itIsNullForIdsOfNoRow(getApplication);

  it("gathers lenders, the timeline with its deliveries, orders, carts, disputes, funding records, refunds and checks", async () => {
    const application = await makeApplication({
      externalId: "app_detail_1",
      status: "APPROVED",
      lenderId: "lender_finara",
      lenderName: "Finara",
      approvedAmount: "1299.99",
      refundedAmount: "100.00",
      merchantOrderId: "ORD-1",
      merchantTransactionId: "MT-1",
    });
    const id = application.id;
    const created = await makeDelivery({ applicationId: id, receivedAt: at(0) });
    const declined = await makeDelivery({ applicationId: id, eventType: "application.declined", receivedAt: at(1) });
    const refund = await makeDelivery({ applicationId: id, eventType: "postsale.refund.accepted", receivedAt: at(5) });
    await db().lenderOutcome.createMany({
      data: [
        {
          applicationId: id,
          lenderId: "lender_finara",
          lenderName: "Finara",
          status: "APPROVED",
          amount: "1299.99",
          occurredAt: at(2),
        },
        { applicationId: id, lenderId: "lender_acme", status: "DECLINED", reason: "credit score", occurredAt: at(1) },
      ],
    });
    await db().applicationEvent.createMany({
      data: [
        {
          applicationId: id,
          deliveryId: refund.id,
          type: "postsale.refund.accepted",
          amount: "100.00",
          occurredAt: at(5),
        },
        {
          applicationId: id,
          deliveryId: created.id,
          type: "application.created",
          status: "CREATED",
          occurredAt: at(0),
        },
        {
          applicationId: id,
          deliveryId: declined.id,
          type: "application.declined",
          status: "DECLINED",
          lenderId: "lender_acme",
          reason: "credit score",
          occurredAt: at(1),
        },
        {
          applicationId: id,
          type: "application.approved",
          status: "APPROVED",
          lenderId: "lender_finara",
          amount: "1299.99",
          occurredAt: at(2),
        },
      ],
    });
    const cart = await db().pendingCart.create({
      data: {
        provider: "CHARGEAFTER",
        merchantTransactionId: "MT-1",
        customerFirstName: "Ada",
        customerLastName: "Lovelace",
        customerEmail: "ada@example.com",
        items: [],
        amount: "1299.99",
        applicationId: id,
        promotedAt: at(3),
      },
    });
    await db().order.create({
      data: {
        provider: "CHARGEAFTER",
        requestToken: "app_detail_1",
        merchantTransactionId: "MT-1",
        amount: "1299.99",
        applicationId: id,
        pendingCartId: cart.id,
        status: "ON_HOLD",
        holdReason: "WeGetFinancing reported rejected after approval",
        approvedAmount: "1200.00",
        flags: ["approved-amount-differs"],
      },
    });
    const dispute = await db().dispute.create({
      data: {
        provider: "CHARGEAFTER",
        externalId: "dsp_1",
        status: "OPEN",
        openedAt: at(6),
        lastEventAt: at(6),
        applicationId: id,
      },
    });
    await db().fundingRecord.createMany({
      data: [
        {
          transactionId: "txn_2",
          chargeId: "chg_1",
          transactionType: "Refund",
          transactionDate: at(7),
          transactionAmount: "-100.00",
          discountAmount: "0",
          netAmount: "-100.00",
          updatedAt: at(7),
          status: "RECONCILED",
          applicationId: id,
        },
        {
          transactionId: "txn_1",
          chargeId: "chg_1",
          transactionType: "Settle",
          transactionDate: at(4),
          transactionAmount: "1299.99",
          discountAmount: "52.00",
          netAmount: "1247.99",
          updatedAt: at(4),
          status: "RECONCILED",
          applicationId: id,
        },
      ],
    });
    await db().applicationStatusCheck.createMany({
      data: [
        {
          applicationId: id,
          checkedAt: at(8),
          checkedByEmail: "a@example.test",
          applicationStatus: "Approved",
          response: { applicationStatus: "Approved" },
        },
        {
          applicationId: id,
          checkedAt: at(9),
          checkedByEmail: "b@example.test",
          response: { error: { kind: "server-error", message: "boom" } },
        },
      ],
    });
    // Someone else's rows stay out.
    const other = await makeApplication();
    await db().applicationEvent.create({
      data: { applicationId: other.id, type: "application.created", occurredAt: at(0) },
    });

    const detail = (await getApplication(id.toUpperCase()))!;
    expect(detail).not.toBeNull();
    expect(detail).toMatchObject({
      externalId: "app_detail_1",
      status: "APPROVED",
      lenderName: "Finara",
      merchantOrderId: "ORD-1",
    });
    expect(detail.approvedAmount?.toFixed(2)).toBe("1299.99");
    expect(detail.lenders.map((l) => [l.lenderId, l.status, l.reason])).toEqual([
      ["lender_acme", "DECLINED", "credit score"],
      ["lender_finara", "APPROVED", null],
    ]);
    expect(detail.events.map((e) => [e.type, e.delivery?.id ?? null])).toEqual([
      ["application.created", created.id],
      ["application.declined", declined.id],
      ["application.approved", null],
      ["postsale.refund.accepted", refund.id],
    ]);
    expect(detail._count.events).toBe(4);
    expect(detail.orders.map((o) => o.requestToken)).toEqual(["app_detail_1"]);
    expect(detail.orders.map((o) => [o.status, o.holdReason, o.approvedAmount?.toFixed(2), o.flags])).toEqual([
      ["ON_HOLD", "WeGetFinancing reported rejected after approval", "1200.00", ["approved-amount-differs"]],
    ]);
    expect(detail.pendingCarts.map((c) => c.customerEmail)).toEqual(["ada@example.com"]);
    expect(detail.disputes.map((d) => d.id)).toEqual([dispute.id]);
    expect(detail.fundingRecords.map((f) => f.transactionId)).toEqual(["txn_1", "txn_2"]);
    expect(detail.statusChecks.map((c) => c.checkedByEmail)).toEqual(["b@example.test", "a@example.test"]);
    expect(detail.refunds.map((r) => [r.source, r.amount, r.deliveryId])).toEqual([
      ["event", "100", refund.id],
      ["funding", "-100", null],
    ]);
  });
});

describe("refundsOf", () => {
  it("takes refund events (WeGetFinancing and ChargeAfter names) and refund funding records, oldest first", () => {
    const lines = refundsOf({
      events: [
        { id: "1", type: "wgf.postback.refund", amount: "10.00", occurredAt: at(3), delivery: { id: "d1" } },
        { id: "2", type: "wgf.postback.approved", amount: "99.00", occurredAt: at(1), delivery: null },
        { id: "3", type: "postsale.refund.accepted", amount: null, occurredAt: at(2), delivery: null },
        { id: "4", type: "application.refunded-ish", amount: null, occurredAt: at(2), delivery: null },
      ],
      fundingRecords: [
        { transactionId: "t", transactionType: "Refund", transactionAmount: "-5.00", transactionDate: at(0) },
      ],
    });
    expect(lines.map((l) => l.key)).toEqual(["funding:t", "event:3", "event:1"]);
  });
});
