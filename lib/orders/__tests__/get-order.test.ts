// The order page's data: the order with its cart, application, refunds, funding (detail for
// finance, only that it exists for support), the deliveries that touched it, and one timeline.
import { beforeEach, describe, expect, it } from "vitest";

import { makeApplication } from "@/lib/applications/__tests__/make-application";
import { db } from "@/lib/db/client";
import { makeDelivery } from "@/lib/deliveries/__tests__/make-delivery";
import { getOrder } from "@/lib/orders/get-order";
import { insertPendingCart } from "@/test/pending-cart";
import { resetDatabase } from "@/test/reset-database";

beforeEach(resetDatabase);

const at = (minute: number) => new Date(Date.UTC(2026, 10, 2, 15, minute));

async function makeSale() {
  const cart = await insertPendingCart("ORDER-1", "tok_1");
  await db().pendingCart.update({ where: { id: cart.id }, data: { createdAt: at(0), createdByEmail: "s@desk.test" } });
  const application = await makeApplication({ provider: "WEGETFINANCING", externalId: "tok_1", status: "APPROVED" });
  const approval = await makeDelivery({ provider: "WEGETFINANCING", receivedAt: at(2), eventType: "approved" });
  const refundDelivery = await makeDelivery({ provider: "WEGETFINANCING", receivedAt: at(5), eventType: "refund" });
  await db().applicationEvent.createMany({
    data: [
      { applicationId: application.id, type: "financing-request.created", occurredAt: at(1), amount: "499.00" },
      {
        applicationId: application.id,
        type: "wgf.postback.approved",
        status: "APPROVED",
        occurredAt: at(2),
        amount: "499.00",
        deliveryId: approval.id,
      },
      {
        applicationId: application.id,
        type: "wgf.postback.refund",
        occurredAt: at(5),
        amount: "100.00",
        deliveryId: refundDelivery.id,
      },
    ],
  });
  await db().lenderOutcome.create({
    data: {
      applicationId: application.id,
      lenderId: "L1",
      lenderName: "Lender One",
      status: "APPROVED",
      occurredAt: at(2),
    },
  });
  const order = await db().order.create({
    data: {
      provider: "WEGETFINANCING",
      merchantTransactionId: "ORDER-1",
      requestToken: "tok_1",
      amount: "499.00",
      refundedAmount: "100.00",
      createdAt: at(3),
      applicationId: application.id,
      pendingCartId: cart.id,
      holdReason: "WeGetFinancing reported rejected after approval",
      flags: ["approved-amount-differs"],
    },
  });
  // A delivery about the order that no application event names (a cancellation that found nothing to change).
  const orderDelivery = await makeDelivery({ provider: "WEGETFINANCING", receivedAt: at(6), orderId: order.id });
  await db().delivery.update({ where: { id: refundDelivery.id }, data: { orderId: order.id } });
  await db().fundingRecord.create({
    data: {
      transactionId: "txn_r",
      chargeId: "chg_1",
      transactionType: "Refund",
      transactionDate: at(7),
      transactionAmount: "-100.00",
      discountAmount: "0",
      netAmount: "-100.00",
      updatedAt: at(7),
      status: "RECONCILED",
      applicationId: application.id,
    },
  });
  return { cart, application, order, orderDelivery, refundDelivery };
}

describe("getOrder", () => {
  it("reads the order with its cart, application, lenders, refunds, funding and one timeline", async () => {
    const { cart, application, order, orderDelivery, refundDelivery } = await makeSale();
    const detail = (await getOrder(order.id, { funding: "detail" }))!;
    expect(detail.pendingCart?.id).toBe(cart.id);
    expect([detail.pendingCart?.amount.toFixed(2), detail.pendingCart?.shippingAmount.toFixed(2)]).toEqual([
      "450.00",
      "30.00",
    ]);
    expect(detail.requestState).toBe("ORDERED");
    expect(detail.application?.id).toBe(application.id);
    expect(detail.application?.lenders.map((l) => l.lenderName)).toEqual(["Lender One"]);
    expect(detail.refunds.map((r) => [r.source, r.amount])).toEqual([
      ["event", "100"],
      ["funding", "-100"],
    ]);
    expect(detail.fundingRecords?.map((r) => r.transactionId)).toEqual(["txn_r"]);
    expect(detail.fundingCount).toBe(1);
    expect(detail.timeline.map((e) => [e.at.toISOString().slice(11, 16), e.code ?? e.what])).toEqual([
      ["15:00", "Financing request made by s@desk.test"],
      ["15:01", "financing-request.created"],
      ["15:02", "wgf.postback.approved"],
      ["15:03", "Was on hold: WeGetFinancing reported rejected after approval"],
      ["15:03", "Order created from the approved cart"],
      ["15:05", "wgf.postback.refund"],
      ["15:06", "application.created"],
      ["15:07", "Refund in the funding report"],
    ]);
    // The refund's delivery is named by its event, so it is not listed twice.
    expect(detail.timeline.filter((e) => e.deliveryId === refundDelivery.id)).toHaveLength(1);
    expect(detail.timeline.find((e) => e.deliveryId === orderDelivery.id)?.what).toBe(
      "Delivery received (answered 200)",
    );
  });

  it("gives support the number of funding records only, never their amounts", async () => {
    const { order } = await makeSale();
    const detail = (await getOrder(order.id, { funding: "exists" }))!;
    expect(detail.fundingRecords).toBeNull();
    expect(detail.fundingCount).toBe(1);
    expect(detail.refunds.map((r) => r.source)).toEqual(["event"]);
    expect(detail.timeline.some((e) => e.what === "Refund in the funding report")).toBe(false);
  });

  it("is null for an unknown or malformed id", async () => {
    expect(await getOrder("0199a4c2-0000-7000-8000-000000000001", { funding: "detail" })).toBeNull();
    expect(await getOrder("not-an-id", { funding: "detail" })).toBeNull();
  });
});
