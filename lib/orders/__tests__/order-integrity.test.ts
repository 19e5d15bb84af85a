// Issue 11 (orders in the wrong state or wrong money) and issue 10 item 7 (a cart
// promoted twice): postbacks exactly as WeGetFinancing sends them, through the receiver.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";

import { POST } from "@/app/api/postbacks/wegetfinancing/route";
import { db } from "@/lib/db/client";
import { decideOrderHold, OrderHoldError } from "@/lib/orders/decide-order-hold";
import { holdIfRejectedAfterApproval, REJECTED_AFTER_APPROVAL } from "@/lib/orders/hold-order";
import { insertPendingCart } from "@/test/pending-cart";
import { configureProviders, wgfRequest } from "@/test/provider-requests";
import { resetDatabase } from "@/test/reset-database";
import { settleDeliveries } from "@/test/settle-deliveries";

beforeAll(() => configureProviders());
beforeEach(resetDatabase);

const cart = (merchantTransactionId: string, requestToken?: string) =>
  insertPendingCart(merchantTransactionId, requestToken);

// Each postback a second after the previous one: WeGetFinancing's bodies carry no event time.
let clock = Math.floor(Date.now() / 1000);
async function post(body: object) {
  const response = await POST(wgfRequest(body, { timestamp: String(++clock) }));
  const answer = (await response.json()) as { deliveryId: string };
  expect(response.status).toBe(200);
  await settleDeliveries();
  return db().delivery.findUniqueOrThrow({ where: { id: answer.deliveryId } });
}

// The postbacks these tests send, as WeGetFinancing words them.
const decision = (requestToken: string, merchantTransactionId: string, fields: object) =>
  post({ version: "1.9", request_token: requestToken, merchant_transaction_id: merchantTransactionId, ...fields });
const approve = (requestToken: string, merchantTransactionId: string, approvedAmount = "499.00") =>
  decision(requestToken, merchantTransactionId, { status: "approved", approved_amount: approvedAmount });
const reject = (requestToken: string, merchantTransactionId: string) =>
  decision(requestToken, merchantTransactionId, { status: "rejected" });
const refund = (requestToken: string, amount: string) =>
  post({ version: "1.9", request_token: requestToken, updates: { status: "refund", amount } });

type MoneyCase = {
  title: string;
  token: string;
  approved?: string;
  refunded?: string;
  expected: { amount: string; refunded: string; approved: string; flags: string[] };
};

const order = (requestToken: string) => db().order.findUniqueOrThrow({ where: { requestToken } });

describe("orders in the wrong state or wrong money", () => {
  it("rejected after approved puts the order on hold; the application keeps its status and both events", async () => {
    await cart("ORDER-RJ", "tok-rj");
    await approve("tok-rj", "ORDER-RJ");
    const rejected = await reject("tok-rj", "ORDER-RJ");

    const held = await order("tok-rj");
    expect([held.status, held.holdReason]).toEqual(["ON_HOLD", REJECTED_AFTER_APPROVAL]);
    expect(rejected).toMatchObject({ processing: "APPLIED", orderId: held.id, flags: ["rejected-after-approval"] });
    const app = await db().application.findUniqueOrThrow({
      where: { provider_externalId: { provider: "WEGETFINANCING", externalId: "tok-rj" } },
      include: { events: { orderBy: { occurredAt: "asc" } } },
    });
    expect(app.status).toBe("APPROVED"); // order-independent rules: approved outranks rejected
    expect(app.events.map((e) => e.status)).toEqual(["APPROVED", "DECLINED"]);

    // WeGetFinancing's cancellation still ends it.
    await post({ version: "1.9", request_token: "tok-rj", updates: { status: "cancelled" } });
    expect((await order("tok-rj")).status).toBe("CANCELLED");
  });

  it("rejected before approved leaves the order open", async () => {
    await cart("ORDER-RA", "tok-ra");
    await reject("tok-ra", "ORDER-RA");
    await approve("tok-ra", "ORDER-RA");
    expect(await order("tok-ra")).toMatchObject({ status: "OPEN", holdReason: null, flags: [] });
  });

  it("a refund that arrives before the approval still flags over-refund at promotion", async () => {
    await cart("ORDER-OB", "tok-ob");
    await refund("tok-ob", "600.00");
    await approve("tok-ob", "ORDER-OB");
    expect(await order("tok-ob")).toMatchObject({ flags: ["over-refund"] });
  });

  // Approved (by default for the cart's 499.00), then maybe refunded: the order's money and flags.
  const moneyCases: MoneyCase[] = [
    {
      title: "a refund of 600.00 on a 499.00 order is recorded as sent and flags over-refund",
      token: "tok-or",
      refunded: "600.00",
      expected: { amount: "499.00", refunded: "600.00", approved: "499.00", flags: ["over-refund"] },
    },
    {
      title: "a refund up to the order's total is not flagged",
      token: "tok-fr",
      refunded: "499.00",
      expected: { amount: "499.00", refunded: "499.00", approved: "499.00", flags: [] },
    },
    {
      title:
        "an approval of 400.00 on a 499.00 cart keeps the cart's total, records 400.00 and flags approved-amount-differs",
      token: "tok-ad",
      approved: "400.00",
      expected: { amount: "499.00", refunded: "0.00", approved: "400.00", flags: ["approved-amount-differs"] },
    },
    {
      title: "an approval of the cart's total records it unflagged",
      token: "tok-ae",
      expected: { amount: "499.00", refunded: "0.00", approved: "499.00", flags: [] },
    },
  ];
  for (const { title, token, approved, refunded, expected } of moneyCases)
    it(title, async () => {
      await cart(`ORDER-${token}`, token);
      await approve(token, `ORDER-${token}`, approved);
      if (refunded) await refund(token, refunded);
      const after = await order(token);
      expect({
        amount: after.amount.toFixed(2),
        refunded: after.refundedAmount.toFixed(2),
        approved: after.approvedAmount?.toFixed(2),
        flags: after.flags,
      }).toEqual(expected);
    });
});

describe("staff decide an order on hold", () => {
  const staff = { id: null, email: "support@example.test" };

  async function heldOrder(token: string) {
    await cart(`ORDER-${token}`, token);
    await approve(token, `ORDER-${token}`);
    await reject(token, `ORDER-${token}`);
    const held = await order(token);
    expect(held.status).toBe("ON_HOLD");
    return held;
  }

  it("reopen: the order is open again, keeps its hold reason, is audited, and is not held again", async () => {
    const held = await heldOrder("tok-reopen");
    const decided = await decideOrderHold({ orderId: held.id, decision: "reopen" }, staff);
    expect(decided).toMatchObject({ status: "OPEN", holdReason: REJECTED_AFTER_APPROVAL, cancelledAt: null });
    expect(await db().auditLog.findFirstOrThrow({ where: { targetId: held.id } })).toMatchObject({
      action: "order.hold.reopen",
      actorEmail: "support@example.test",
    });
    expect(await db().$transaction((tx) => holdIfRejectedAfterApproval(tx, held.applicationId!))).toBeUndefined();
    expect((await order("tok-reopen")).status).toBe("OPEN");
    await expect(decideOrderHold({ orderId: held.id, decision: "cancel" }, staff)).rejects.toThrow(OrderHoldError);
  });

  it("cancel: the order is cancelled now; a bad id is refused in words", async () => {
    const held = await heldOrder("tok-staff-cancel");
    const decided = await decideOrderHold({ orderId: held.id, decision: "cancel" }, staff);
    expect(decided.status).toBe("CANCELLED");
    expect(decided.cancelledAt).toBeInstanceOf(Date);
    await expect(decideOrderHold({ orderId: "not-an-id", decision: "cancel" }, staff)).rejects.toThrow(
      "The order id is not valid.",
    );
  });
});

describe("an approval under a new request token for a cart already promoted (issue 10, item 7)", () => {
  it("is applied to its application and flags the delivery and the order, instead of failing", async () => {
    await cart("ORDER-TWICE", "tok-first");
    await approve("tok-first", "ORDER-TWICE");
    const second = await approve("tok-second", "ORDER-TWICE");

    const first = await order("tok-first");
    expect(second).toMatchObject({
      processing: "APPLIED",
      processingError: null,
      orderId: first.id,
      flags: ["cart-already-promoted"],
    });
    expect(first.flags).toEqual(["cart-already-promoted"]);
    expect(await db().order.count()).toBe(1);
    const app = await db().application.findUniqueOrThrow({
      where: { provider_externalId: { provider: "WEGETFINANCING", externalId: "tok-second" } },
    });
    expect([app.status, app.approvedAmount?.toFixed(2)]).toEqual(["APPROVED", "499.00"]);
  });
});
