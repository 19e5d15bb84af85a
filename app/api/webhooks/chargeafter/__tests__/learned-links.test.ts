// Issue 11: ChargeAfter application webhooks carry no merchant order id; post-sale events do.
// The link is learned from them, so a funded sale is matched whichever arrives first.
import { describe, expect, it } from "vitest";

import { POST } from "@/app/api/webhooks/chargeafter/route";
import { db } from "@/lib/db/client";
import { parseFundingRecord } from "@/lib/providers/chargeafter/funding-record-schema";
import { findOrdersWithoutFunding } from "@/lib/reconciliation/find-orders-without-funding";
import { upsertFundingRecords } from "@/lib/reconciliation/upsert-funding-records";
import { withFundingWriteTransaction } from "@/lib/reconciliation/with-funding-write-transaction";
import { generateFundingRecords } from "@/test/fakes/chargeafter-funding-api";
import { caRequest } from "@/test/provider-requests";
import { setUpReceiverTests } from "@/test/receiver-tests";
import { settleDeliveries } from "@/test/settle-deliveries";

setUpReceiverTests();

const now = new Date("2026-12-01T00:00:00Z");

async function post(body: object) {
  const response = await POST(caRequest(body));
  expect(response.status).toBe(200);
}

async function approve(applicationId: string) {
  await post({
    eventType: "application.approved",
    createdAt: "2026-11-02T10:00:00.000Z",
    applicationId,
    lenderId: "l1",
    amount: 499,
  });
  await post({
    eventType: "application.checkout-confirmed",
    createdAt: "2026-11-02T10:05:00.000Z",
    applicationId,
    lenderId: "l1",
    token: "ctok_1",
  });
  await settleDeliveries();
}

async function storeFundingRecord(fields: {
  transactionId: string;
  chargeId: string;
  merchantOrderId: string | null;
  transactionType?: string;
}) {
  const raw = { ...generateFundingRecords(1)[0]!, merchantTransactionId: null, transactionType: "Settle", ...fields };
  const parsed = parseFundingRecord(raw);
  if (!parsed.ok) expect.fail(parsed.reasons.join("; "));
  const run = await db().syncRun.create({ data: { source: "API", startedByEmail: "finance@example.com" } });
  await withFundingWriteTransaction((client) => upsertFundingRecords(client, [parsed.record], run.id));
}

/** A post-sale settle event (naming the order when given), applied. */
async function postSettle(applicationId: string, chargeId: string, merchantOrderId?: string | number) {
  await post({
    eventType: "postsale.settle.accepted",
    createdAt: "2026-11-03T00:00:00.000Z",
    applicationId,
    chargeId,
    merchantOrderId,
  });
  await settleDeliveries();
}

const unfundedIds = async () => (await findOrdersWithoutFunding({ days: 7, now })).rows.map((a) => a.externalId);
const recordApplication = async (transactionId: string) =>
  (await db().fundingRecord.findUniqueOrThrow({ where: { transactionId }, include: { application: true } })).application
    ?.externalId ?? null;

describe("ChargeAfter funding records match applications through learned order links", () => {
  it("a funding record arriving after the post-sale event is matched; /reconciliation/unfunded stops listing the sale", async () => {
    await approve("app_l1");
    expect(await unfundedIds()).toEqual(["app_l1"]);
    await postSettle("app_l1", "chg_l1", "100000123");
    const app = await db().application.findUniqueOrThrow({
      where: { provider_externalId: { provider: "CHARGEAFTER", externalId: "app_l1" } },
    });
    expect(app.merchantOrderId).toBe("100000123");

    await storeFundingRecord({ transactionId: "tx_l1", chargeId: "chg_l1", merchantOrderId: "100000123" });
    expect(await recordApplication("tx_l1")).toBe("app_l1");
    expect(await unfundedIds()).toEqual([]);
  });

  it("a funding record stored before the post-sale event is linked when the event arrives", async () => {
    await approve("app_l2");
    await storeFundingRecord({ transactionId: "tx_l2", chargeId: "chg_l2", merchantOrderId: "100000124" });
    expect(await recordApplication("tx_l2")).toBeNull();
    expect(await unfundedIds()).toEqual(["app_l2"]);

    await postSettle("app_l2", "chg_l2", 100000124);
    expect(await recordApplication("tx_l2")).toBe("app_l2");
    expect(await unfundedIds()).toEqual([]);
  });

  it("a record naming only the charge is linked by the charge id, and a later record of the same charge follows it", async () => {
    await approve("app_l3");
    await storeFundingRecord({ transactionId: "tx_l3", chargeId: "chg_l3", merchantOrderId: null });
    await postSettle("app_l3", "chg_l3");
    expect(await recordApplication("tx_l3")).toBe("app_l3");
    await storeFundingRecord({
      transactionId: "tx_l3_refund",
      chargeId: "chg_l3",
      merchantOrderId: null,
      transactionType: "Refund",
    });
    expect(await recordApplication("tx_l3_refund")).toBe("app_l3");
  });
});
