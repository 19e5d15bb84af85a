// Issue 13: a funding record is linked the moment either side arrives, in any order, with
// how it was linked and any conflict; the day totals' "matched" counts follow at once.
import { describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { setUpFakeFundingApi, syncFrom } from "@/lib/reconciliation/__tests__/helpers";
import { filters, ZONE } from "@/lib/reconciliation/__tests__/make-funding-report";
import { fundingOverview } from "@/lib/reconciliation/funding-overview";
import type { FakeFundingApi } from "@/test/fakes/chargeafter-funding-api";

import { applyCa, record } from "./apply-event";

let api: FakeFundingApi;
setUpFakeFundingApi(12, (ready) => (api = ready));

/** Matched records as the records page counts them (its day totals), and per the records themselves. */
async function matchedCounts() {
  const overview = await fundingOverview({ filters: filters("match=matched"), timeZone: ZONE });
  const records = await db().fundingRecord.count({ where: { applicationId: { not: null } } });
  return { totals: overview.totals.count, records };
}

describe("relinking sales", () => {
  it("record first, then its application's webhook: linked by the merchant order id, totals current", async () => {
    await syncFrom(api);
    const [first] = api.records;
    expect(await matchedCounts()).toEqual({ totals: 0, records: 0 });
    const appId = await applyCa({
      eventType: "application.approved",
      applicationId: "app_later",
      lenderId: "L1",
      amount: 100,
      merchantOrderId: first!.merchantOrderId,
    });
    const linked = await record(first!.transactionId);
    expect([linked.applicationId, linked.matchedBy, linked.linkConflict]).toEqual([appId, "merchant-order-id", null]);
    expect(await matchedCounts()).toEqual({ totals: 1, records: 1 });
  });

  it("application first, then the record's import: linked by the merchant transaction id", async () => {
    const [first] = api.records;
    const appId = await applyCa({
      eventType: "application.created",
      applicationId: "app_first",
      merchantTransactionId: first!.merchantTransactionId,
    });
    await syncFrom(api);
    const linked = await record(first!.transactionId);
    expect([linked.applicationId, linked.matchedBy]).toEqual([appId, "merchant-transaction-id"]);
    expect(await matchedCounts()).toEqual({ totals: 1, records: 1 });
  });

  it("a post-sale event naming the charge later links the charge's records (charge id)", async () => {
    await syncFrom(api);
    const target = api.records[2]!;
    const appId = await applyCa({ eventType: "application.created", applicationId: "app_charge" });
    expect((await record(target.transactionId)).applicationId).toBeNull();
    await applyCa({ eventType: "postsale.settle.accepted", applicationId: "app_charge", chargeId: target.chargeId });
    const linked = await record(target.transactionId);
    expect([linked.applicationId, linked.matchedBy]).toEqual([appId, "charge-id"]);
    expect(await matchedCounts()).toEqual({ totals: 1, records: 1 });
  });

  it("flags a record whose order id names one application and its charge id another", async () => {
    await syncFrom(api);
    const target = api.records[5]!;
    const byOrder = await applyCa({
      eventType: "application.created",
      applicationId: "app_by_order",
      merchantOrderId: target.merchantOrderId,
    });
    await applyCa({ eventType: "application.created", applicationId: "app_by_charge" });
    await applyCa({ eventType: "postsale.settle.accepted", applicationId: "app_by_charge", chargeId: target.chargeId });
    const flagged = await record(target.transactionId);
    // The order id is the better evidence: the link stays, the conflict is said.
    expect([flagged.applicationId, flagged.matchedBy]).toEqual([byOrder, "merchant-order-id"]);
    expect(flagged.linkConflict).toBe("charge-id → app_by_charge; merchant-order-id → app_by_order");
  });

  it("a second sync changes nothing once linked", async () => {
    await applyCa({
      eventType: "application.created",
      applicationId: "app_again",
      merchantOrderId: api.records[4]!.merchantOrderId,
    });
    await syncFrom(api);
    const again = await syncFrom(api);
    expect([again.newCount, again.changedCount]).toEqual([0, 0]);
    expect(await matchedCounts()).toEqual({ totals: 1, records: 1 });
  });
});
