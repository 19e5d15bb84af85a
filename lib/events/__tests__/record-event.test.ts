import Decimal from "decimal.js";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";

import { POST as wgfPostback } from "@/app/api/postbacks/wegetfinancing/route";
import { db } from "@/lib/db/client";
import { applyDisputeEvent } from "@/lib/disputes/apply-dispute-event";
import { eventDataSchemas, type EventType } from "@/lib/events/event-schemas";
import { cancelOrder } from "@/lib/orders/cancel-order";
import { recordOrderRefund } from "@/lib/orders/record-order-refund";
import { importFundingReport } from "@/lib/reconciliation/import-funding-report";
import { generateFundingRecords } from "@/test/fakes/chargeafter-funding-api";
import { insertPendingCart } from "@/test/pending-cart";
import { configureProviders, wgfApproval, wgfRequest } from "@/test/provider-requests";
import { resetDatabase } from "@/test/reset-database";
import { settleDeliveries } from "@/test/settle-deliveries";

import { makeEndpoint, writtenEvents } from "./make-endpoint";

beforeAll(() => configureProviders());
beforeEach(resetDatabase);

function expectValid(event: { type: string; data: unknown }) {
  const parsed = eventDataSchemas[event.type as EventType].safeParse(event.data);
  expect(parsed.error?.issues ?? []).toEqual([]);
}

async function approvedOrder() {
  await insertPendingCart("mt-1", "tok-1");
  const answer = await wgfPostback(wgfRequest(wgfApproval("tok-1", "mt-1")));
  expect(answer.status).toBe(200);
  await settleDeliveries();
  return db().order.findUniqueOrThrow({ where: { requestToken: "tok-1" } });
}

describe("recordEvent (the outbox)", () => {
  it("writes an approval's events in its transaction, one delivery per enabled endpoint that takes the type", async () => {
    await makeEndpoint("https://shop.test/all");
    await makeEndpoint("https://shop.test/orders", { eventTypes: ["order.created"] });
    await makeEndpoint("https://shop.test/disputes", { eventTypes: ["dispute.created"] });
    await makeEndpoint("https://shop.test/off", { disabledAt: new Date() });
    const order = await approvedOrder();

    const events = await writtenEvents();
    expect(events.map((e) => e.type)).toEqual(["application.status_changed", "order.created"]);
    for (const event of events) expectValid(event);
    expect(events[0]!.id).toMatch(/^evt_[0-9a-f-]{36}$/);
    expect(events[0]!.data).toMatchObject({
      status: "approved",
      previous_status: "created",
      provider: "wegetfinancing",
    });
    expect(events[1]!.data).toMatchObject({
      order_id: order.id,
      request_token: "tok-1",
      merchant_transaction_id: "mt-1",
      amount: "499.00",
      approved_amount: "499.00",
      status: "open",
    });
    expect(events[0]!.urls).toEqual(["https://shop.test/all"]);
    expect(events[1]!.urls).toEqual(["https://shop.test/all", "https://shop.test/orders"]);
  });

  it("writes nothing when the change is rolled back", async () => {
    await makeEndpoint("https://shop.test/all");
    await approvedOrder();
    await db().outboundEvent.deleteMany();
    await expect(
      db().$transaction(async (tx) => {
        await cancelOrder(tx, "tok-1", new Date());
        throw new Error("the change fails after the event");
      }),
    ).rejects.toThrow("the change fails");
    expect(await db().outboundEvent.count()).toBe(0);
    expect(await db().eventDelivery.count()).toBe(0);
  });

  it("reports a cancellation once and each refund with its amount", async () => {
    await approvedOrder();
    await db().outboundEvent.deleteMany();
    await db().$transaction((tx) => cancelOrder(tx, "tok-1", new Date("2026-12-01T10:00:00Z")));
    await db().$transaction((tx) => cancelOrder(tx, "tok-1", new Date("2026-12-01T09:00:00Z")));
    await db().$transaction((tx) => recordOrderRefund(tx, "tok-1", new Decimal("20.5")));
    const events = await writtenEvents();
    expect(events.map((e) => e.type)).toEqual(["order.cancelled", "order.refunded"]);
    for (const event of events) expectValid(event);
    expect(events[1]!.data).toMatchObject({ refund_amount: "20.50", refunded_amount: "20.50", status: "cancelled" });
  });

  it("reports a dispute created, updated and resolved", async () => {
    const effect = (status: "OPEN" | "LENDER_UPDATED" | "RESOLVED", minute: number) => ({
      kind: "dispute" as const,
      provider: "CHARGEAFTER" as const,
      disputeId: "dsp-1",
      status,
      occurredAt: new Date(Date.UTC(2026, 11, 1, 10, minute)),
      data: {},
    });
    for (const [status, minute] of [
      ["OPEN", 0],
      ["LENDER_UPDATED", 1],
      ["RESOLVED", 2],
    ] as const)
      await db().$transaction((tx) => applyDisputeEvent(tx, effect(status, minute), "disputes.x", null));
    const events = await writtenEvents();
    expect(events.map((e) => e.type)).toEqual(["dispute.created", "dispute.updated", "dispute.resolved"]);
    for (const event of events) expectValid(event);
    expect(events[2]!.data).toMatchObject({ status: "resolved", previous_status: "lender_updated" });
  });

  it("reports funding records an import added or changed, not the unchanged ones", async () => {
    const records = generateFundingRecords(3);
    const file = () => JSON.stringify({ records });
    const actor = { id: null, email: "test" };
    await importFundingReport({ fileName: "a.json", content: file(), actor });
    let events = await writtenEvents();
    expect(events.map((e) => (e.data as { change: string }).change)).toEqual(["new", "new", "new"]);
    for (const event of events) expectValid(event);

    await db().outboundEvent.deleteMany();
    records[1]!.status = records[1]!.status === "RECONCILED" ? "MISMATCHED" : "RECONCILED";
    await importFundingReport({ fileName: "b.json", content: file(), actor });
    events = await writtenEvents();
    expect(events.map((e) => e.data)).toEqual([
      expect.objectContaining({ transaction_id: records[1]!.transactionId, change: "changed", version: 2 }),
    ]);
  });
});
