// Issue 11 / issue 10 item 7 bodies, exactly as written there, through the real receiver.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";

import { POST } from "@/app/api/postbacks/wegetfinancing/route";
import { db } from "@/lib/db/client";
import { insertPendingCart } from "@/test/pending-cart";
import { configureProviders, wgfRequest } from "@/test/provider-requests";
import { resetDatabase } from "@/test/reset-database";
import { settleDeliveries } from "@/test/settle-deliveries";

const FORM = "application/x-www-form-urlencoded";

beforeAll(() => configureProviders({ WGF_SIGNATURE_TOLERANCE_SECONDS: undefined }));
beforeEach(resetDatabase);

async function post(request: Request) {
  const response = await POST(request);
  const body = (await response.json()) as { deliveryId: string };
  await settleDeliveries();
  const delivery = await db().delivery.findUniqueOrThrow({ where: { id: body.deliveryId } });
  return { status: response.status, delivery };
}

const cart = (merchantTransactionId: string, requestToken?: string) =>
  insertPendingCart(merchantTransactionId, requestToken, "999.67");

describe("WeGetFinancing postbacks from real integrations", () => {
  it("accepts a correctly signed retry whose x-timestamp is 20 minutes old, flagged stale-timestamp", async () => {
    const timestamp = String(Math.floor(Date.now() / 1000) - 20 * 60);
    const { status, delivery } = await post(
      wgfRequest({ request_token: "tok-stale", status: "preapproved", version: "1.9" }, { timestamp }),
    );
    expect(status).toBe(200);
    expect(delivery.verification).toBe("VERIFIED");
    // The flag itself is the verifier's (signature.test.ts); the ingest pipeline stores it on the delivery.
  });

  it("refuses it when WGF_SIGNATURE_TOLERANCE_SECONDS asks for the strict check", async () => {
    configureProviders({ WGF_SIGNATURE_TOLERANCE_SECONDS: "300" });
    try {
      const timestamp = String(Math.floor(Date.now() / 1000) - 20 * 60);
      const { status } = await post(
        wgfRequest({ request_token: "tok-stale", status: "preapproved", version: "1.9" }, { timestamp }),
      );
      expect(status).toBe(401);
    } finally {
      configureProviders({ WGF_SIGNATURE_TOLERANCE_SECONDS: undefined });
    }
  });

  it('applies approved_amount "999.666" as 999.67, keeps the exact body, flags amount-rounded; a numeric merchant_transaction_id finds the cart', async () => {
    await cart("100000123", "tok-round");
    const raw =
      '{"request_token":"tok-round","merchant_transaction_id":100000123,"status":"approved","approved_amount":"999.666","version":"1.9"}';
    const { status, delivery } = await post(wgfRequest(raw));
    expect(status).toBe(200);
    expect(Buffer.from(delivery.rawBody).toString("utf8")).toBe(raw);
    const application = await db().application.findUniqueOrThrow({
      where: { provider_externalId: { provider: "WEGETFINANCING", externalId: "tok-round" } },
    });
    expect([application.status, application.approvedAmount?.toFixed(2), application.merchantTransactionId]).toEqual([
      "APPROVED",
      "999.67",
      "100000123",
    ]);
    expect(await db().order.count({ where: { requestToken: "tok-round" } })).toBe(1);
  });

  it.each([
    ['{"request_token":"tok-big","status":"approved","approved_amount":"1000000000000.00","version":"1.9"}'],
    ['{"request_token":"tok-big","status":"approved","approved_amount":1e21,"version":"1.9"}'],
  ])("refuses an amount no column can hold at the first parse: 400, stored (%s)", async (raw) => {
    const { status, delivery } = await post(wgfRequest(raw));
    expect(status).toBe(400);
    expect(delivery.processingError).toMatch(/more than the largest amount the desk can hold/);
    expect(delivery.searchIds).toContain("tok-big");
    expect(await db().application.count()).toBe(0);
  });

  it("answers function=update_customer 200, stored, with no effect", async () => {
    const { status, delivery } = await post(
      wgfRequest("function=update_customer&cust_id_ext=ORDER-123&inv_id=tok-u1&version=0.3", { contentType: FORM }),
    );
    expect(status).toBe(200);
    expect(delivery.eventType).toBe("wgf.postback.function.update_customer");
    expect(await db().application.count()).toBe(0);
  });

  it("never cancels an approved order for function=unknown&method=void", async () => {
    await cart("ORDER-V", "tok-void");
    await post(
      wgfRequest({
        request_token: "tok-void",
        merchant_transaction_id: "ORDER-V",
        status: "approved",
        approved_amount: "999.67",
        version: "1.9",
      }),
    );
    const { status } = await post(
      wgfRequest("function=unknown&method=void&inv_id=tok-void&cust_id_ext=ORDER-V", { contentType: FORM }),
    );
    expect(status).toBe(200);
    const order = await db().order.findUniqueOrThrow({ where: { requestToken: "tok-void" } });
    expect(order.status).toBe("OPEN");
  });
});
