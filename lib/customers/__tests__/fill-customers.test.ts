// Issue 13: an application's customer is filled from whichever source knows it, as each
// arrives, a better source replacing a worse one, with where each fact came from.
import { describe, expect, it } from "vitest";

import { application, applyCa, applyWgf } from "@/lib/links/__tests__/apply-event";
import { setUpFakeFundingApi, syncFrom } from "@/lib/reconciliation/__tests__/helpers";
import type { FakeFundingApi } from "@/test/fakes/chargeafter-funding-api";
import { insertPendingCart } from "@/test/pending-cart";

let api: FakeFundingApi;
setUpFakeFundingApi(6, (ready) => (api = ready));

const customerOf = async (id: string) => {
  const a = await application(id);
  return [a.customerFirstName, a.customerLastName, a.customerEmail, a.customerSources];
};

describe("customer facts and their sources", () => {
  it("a WeGetFinancing request that is never approved still shows its cart's customer", async () => {
    await insertPendingCart("MT-cart-1", "inv_cart_1");
    const id = await applyWgf({ version: "1.9", request_token: "inv_cart_1", status: "preapproved" });
    expect(await customerOf(id)).toEqual(["Ada", "Lovelace", "ada@example.com", { name: "cart", email: "cart" }]);
  });

  it("the cart beats the funding report: a record naming the same sale keeps the cart's name", async () => {
    const [first] = api.records;
    await insertPendingCart(first!.merchantTransactionId!, "inv_cart_2");
    const id = await applyWgf({
      version: "1.9",
      request_token: "inv_cart_2",
      merchant_transaction_id: first!.merchantTransactionId,
      status: "preapproved",
    });
    await syncFrom(api);
    expect(await customerOf(id)).toEqual(["Ada", "Lovelace", "ada@example.com", { name: "cart", email: "cart" }]);
  });

  it("a ChargeAfter customer only the funding report names gets that name, whichever arrives first", async () => {
    const [first, second] = api.records;
    const before = await applyCa({
      eventType: "application.created",
      applicationId: "app_ca_before",
      merchantOrderId: first!.merchantOrderId,
    });
    await syncFrom(api);
    const after = await applyCa({
      eventType: "application.created",
      applicationId: "app_ca_after",
      merchantOrderId: second!.merchantOrderId,
    });
    for (const [id, r] of [
      [before, first!],
      [after, second!],
    ] as const) {
      expect(await customerOf(id!)).toEqual([
        r.firstName,
        r.lastName,
        r.email,
        { name: "funding-report", email: "funding-report" },
      ]);
    }
  });

  it("a name an event carried is replaced by the funding report's, and each fact keeps its own source", async () => {
    const [first] = api.records;
    const id = await applyCa({
      eventType: "application.created",
      applicationId: "app_ca_event",
      consumer: { firstName: "Camila", lastName: "Rojas" },
    });
    expect(await customerOf(id!)).toEqual(["Camila", "Rojas", null, { name: "chargeafter-event" }]);
    await applyCa({
      eventType: "application.approved",
      applicationId: "app_ca_event",
      lenderId: "L1",
      amount: 10,
      merchantOrderId: first!.merchantOrderId,
    });
    await syncFrom(api);
    expect(await customerOf(id!)).toEqual([
      first!.firstName,
      first!.lastName,
      first!.email,
      { name: "funding-report", email: "funding-report" },
    ]);
  });
});
