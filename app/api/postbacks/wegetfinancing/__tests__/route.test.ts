import { describe, expect, it } from "vitest";

import { POST } from "@/app/api/postbacks/wegetfinancing/route";
import { db } from "@/lib/db/client";
import { closePgPool } from "@/lib/db/pg-pool";
import { insertPendingCart } from "@/test/pending-cart";
import { configureProviders, sharedFixture, WGF_PREVIOUS, wgfApproval, wgfRequest } from "@/test/provider-requests";
import { poster, setUpReceiverTests } from "@/test/receiver-tests";
import { settleDeliveries } from "@/test/settle-deliveries";

setUpReceiverTests();
const post = poster(POST);
const cart = (merchantTransactionId: string, requestToken?: string) =>
  insertPendingCart(merchantTransactionId, requestToken);

describe("POST /api/postbacks/wegetfinancing", () => {
  it("stores and applies every shared fixture; only approved promotes the cart", async () => {
    await cart("ORDER-123", "abc123def456");
    await cart("ORDER-124", "pq77aa01");
    await cart("ORDER-125", "rj55bb02");
    for (const name of ["postback-approved.json", "postback-preapproved.json", "postback-rejected.json"]) {
      const { status, body } = await post(wgfRequest(sharedFixture("wegetfinancing", name)));
      expect(status, name).toBe(200);
      expect(body).toMatchObject({ received: true, duplicate: false });
    }
    await settleDeliveries();
    const apps = await db().application.findMany({
      orderBy: { externalId: "asc" },
      select: { externalId: true, status: true, approvedAmount: true, merchantTransactionId: true },
    });
    expect(
      apps.map((a) => [a.externalId, a.status, a.approvedAmount?.toFixed(2) ?? null, a.merchantTransactionId]),
    ).toEqual([
      ["abc123def456", "APPROVED", "499.00", "ORDER-123"],
      ["pq77aa01", "PREQUALIFIED", null, "ORDER-124"],
      ["rj55bb02", "DECLINED", null, "ORDER-125"],
    ]);
    const orders = await db().order.findMany({ include: { pendingCart: true } });
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({
      requestToken: "abc123def456",
      merchantTransactionId: "ORDER-123",
      status: "OPEN",
    });
    expect(orders[0]!.amount.toFixed(2)).toBe("499.00"); // 450 + 30 shipping + 19 tax
    expect(orders[0]!.pendingCart?.promotedAt).not.toBeNull();
    const approved = await db().application.findFirstOrThrow({ where: { externalId: "abc123def456" } });
    expect([approved.customerEmail, approved.customerLastName, approved.requestedAmount?.toFixed(2)]).toEqual([
      "ada@example.com",
      "Lovelace",
      "499.00",
    ]);
    const deliveries = await db().delivery.findMany({
      select: { processing: true, verification: true, responseStatus: true, applicationId: true },
    });
    expect(
      deliveries.every(
        (d) =>
          d.processing === "APPLIED" && d.verification === "VERIFIED" && d.responseStatus === 200 && d.applicationId,
      ),
    ).toBe(true);
  });

  it("reads JSON 1.9 flat and nested, legacy JSON 1.0 and URL-encoded bodies as the same postback", async () => {
    const bodies: [string, string][] = [
      [
        JSON.stringify({
          version: "1.9",
          request_token: "tok-flat",
          merchant_transaction_id: "M-1",
          status: "approved",
          approved_amount: "100.00",
        }),
        "application/json",
      ],
      [
        JSON.stringify({
          version: "1.9",
          request_token: "tok-nested",
          merchant_transaction_id: "M-2",
          updates: { status: "approved" },
        }),
        "application/json",
      ],
      [JSON.stringify({ version: "1.0", inv_id: "tok-legacy", inv_status: "approved" }), "application/json"],
      [
        "function=transact&crl_id=77&cust_id_ext=M-4&inv_id=tok-form&inv_status=Auth&version=0.3&method=purchase",
        "application/x-www-form-urlencoded",
      ],
      [
        "function=transact&cust_id_ext=M-5&inv_id=tok-form-pre&inv_status=AuthOnly&version=0.3&method=purchase",
        "application/x-www-form-urlencoded; charset=utf-8",
      ],
    ];
    for (const [body, contentType] of bodies)
      expect((await post(wgfRequest(body, { contentType }))).status, body).toBe(200);
    await settleDeliveries();
    const apps = await db().application.findMany({
      orderBy: { externalId: "asc" },
      select: { externalId: true, status: true, merchantTransactionId: true },
    });
    expect(apps).toEqual([
      { externalId: "tok-flat", status: "APPROVED", merchantTransactionId: "M-1" },
      { externalId: "tok-form", status: "APPROVED", merchantTransactionId: "M-4" },
      { externalId: "tok-form-pre", status: "PREQUALIFIED", merchantTransactionId: "M-5" },
      { externalId: "tok-legacy", status: "APPROVED", merchantTransactionId: null },
      { externalId: "tok-nested", status: "APPROVED", merchantTransactionId: "M-2" },
    ]);
  });

  describe("signature", () => {
    const body = JSON.stringify({
      version: "1.9",
      request_token: "tok-sig",
      status: "approved",
      approved_amount: "10.00",
    });
    const cases: [string, Request, number, string][] = [
      ["right", wgfRequest(body), 200, "VERIFIED"],
      [
        "signed with the previous pair while rotating",
        wgfRequest(body, { credentials: WGF_PREVIOUS }),
        200,
        "VERIFIED",
      ],
      ["wrong", wgfRequest(body, { credentials: { username: "dhd_user", password: "guess" } }), 401, "INVALID"],
      ["missing", wgfRequest(body, { signature: null }), 401, "MISSING"],
      ["stale", wgfRequest(body, { timestamp: String(Math.floor(Date.now() / 1000) - 3600) }), 401, "STALE"],
    ];
    it.each(cases)("%s", async (_name, request, status, verification) => {
      const { status: answered, body: answer } = await post(request);
      expect(answered).toBe(status);
      await settleDeliveries();
      const delivery = await db().delivery.findUniqueOrThrow({ where: { id: answer.deliveryId } });
      expect(delivery.verification).toBe(verification);
      expect(delivery.responseStatus).toBe(status);
      expect(Buffer.from(delivery.rawBody).toString()).toBe(body);
      expect(await db().application.count()).toBe(status === 200 ? 1 : 0);
      if (status === 401) expect(delivery.processing).toBe("REJECTED");
    });

    it("refuses everything when no credentials are configured", async () => {
      configureProviders({
        WGF_USERNAME: undefined,
        WGF_PASSWORD: undefined,
        WGF_POSTBACK_USERNAME_PREVIOUS: undefined,
        WGF_POSTBACK_PASSWORD_PREVIOUS: undefined,
      });
      try {
        const { status, body: answer } = await post(wgfRequest(body));
        expect(status).toBe(401);
        expect((await db().delivery.findUniqueOrThrow({ where: { id: answer.deliveryId } })).verification).toBe(
          "NOT_CONFIGURED",
        );
      } finally {
        configureProviders();
      }
    });
  });

  it("stores malformed bodies and answers 400 with a reason", async () => {
    const bad = [
      "{not json",
      JSON.stringify({ version: "1.9", status: "approved" }),
      JSON.stringify({ version: "1.9", request_token: "t", status: "approved", approved_amount: "forty" }),
      "",
    ];
    for (const body of bad) {
      const { status, body: answer } = await post(wgfRequest(body));
      expect(status, body).toBe(400);
      const delivery = await db().delivery.findUniqueOrThrow({ where: { id: answer.deliveryId } });
      expect(delivery.processing).toBe("INVALID");
      expect(delivery.processingError).toBeTruthy();
      expect(Buffer.from(delivery.rawBody).toString()).toBe(body);
    }
    const form = await post(
      wgfRequest("function=transact&inv_status=Auth", { contentType: "application/x-www-form-urlencoded" }),
    );
    expect(form.status).toBe(400);
    expect(await db().delivery.count()).toBe(5);
    expect(await db().application.count()).toBe(0);
  });

  it("answers 413 for a body of 1 MiB + 1 byte and 415 for a wrong content type, storing both", async () => {
    const big = "x".repeat(1024 * 1024 + 1);
    const tooLarge = await post(wgfRequest(big));
    expect(tooLarge.status).toBe(413);
    const stored = await db().delivery.findUniqueOrThrow({ where: { id: tooLarge.body.deliveryId } });
    expect(stored.bodyBytes).toBeGreaterThan(1024 * 1024);
    expect(stored.flags).toContain("truncated");
    // README "Limits": a larger body is answered 413 and only its first 64 KiB are kept.
    expect(Buffer.from(stored.rawBody).equals(Buffer.from(big.slice(0, 64 * 1024)))).toBe(true);

    const exactlyLimit = await post(wgfRequest(" ".repeat(1024 * 1024)));
    expect(exactlyLimit.status).toBe(400); // within the limit, just not a postback

    const wrongType = await post(wgfRequest("<xml/>", { contentType: "text/xml" }));
    expect(wrongType.status).toBe(415);
    expect(
      (await db().delivery.findUniqueOrThrow({ where: { id: wrongType.body.deliveryId } })).processingError,
    ).toMatch(/Unsupported content type/);
  });

  it("cancelled cancels the order, refund records the refunded amount, and an approval without a cart is flagged", async () => {
    await cart("ORDER-C", "tok-c");
    await post(wgfRequest(wgfApproval("tok-c", "ORDER-C")));
    await post(wgfRequest({ version: "1.9", request_token: "tok-c", updates: { status: "refund", amount: "20.50" } }));
    await post(wgfRequest({ version: "1.9", request_token: "tok-c", updates: { status: "refund", amount: "9.50" } }));
    await settleDeliveries();
    let order = await db().order.findUniqueOrThrow({ where: { requestToken: "tok-c" } });
    expect(order.refundedAmount.toFixed(2)).toBe("30.00");
    await post(
      wgfRequest("inv_id=tok-c&inv_status=Auth&method=void&version=0.3", {
        contentType: "application/x-www-form-urlencoded",
      }),
    );
    await settleDeliveries();
    order = await db().order.findUniqueOrThrow({ where: { requestToken: "tok-c" } });
    expect([order.status, order.financingStatus]).toEqual(["CANCELLED", "CANCELLED"]);
    const app = await db().application.findUniqueOrThrow({
      where: { provider_externalId: { provider: "WEGETFINANCING", externalId: "tok-c" } },
    });
    expect([app.status, app.refundedAmount.toFixed(2)]).toEqual(["CANCELLED", "30.00"]);

    const orphan = await post(
      wgfRequest({ version: "1.9", request_token: "tok-nocart", status: "approved", approved_amount: "5.00" }),
    );
    await settleDeliveries();
    const delivery = await db().delivery.findUniqueOrThrow({ where: { id: orphan.body.deliveryId } });
    expect(delivery.flags).toEqual(["no-cart-to-promote"]);
    expect(delivery.applicationId).not.toBeNull();
  });

  it("stores an unknown status, answers 200 and applies nothing", async () => {
    const { status, body } = await post(wgfRequest({ version: "1.9", request_token: "tok-u", status: "under review" }));
    expect(status).toBe(200);
    await settleDeliveries();
    expect((await db().delivery.findUniqueOrThrow({ where: { id: body.deliveryId } })).processing).toBe("IGNORED");
    expect(await db().application.count()).toBe(0);
  });

  it("answers 503 when the delivery cannot be stored, so the provider retries", async () => {
    const workerUrl = process.env.DATABASE_URL;
    process.env.DATABASE_URL = "postgresql://nobody:nothing@127.0.0.1:9/none";
    try {
      const response = await POST(
        wgfRequest({ version: "1.9", request_token: "tok-503", status: "approved", approved_amount: "1.00" }),
      );
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ error: "The delivery could not be stored; please retry." });
    } finally {
      await closePgPool();
      process.env.DATABASE_URL = workerUrl;
    }
  });

  it("masks secrets in stored headers", async () => {
    const { body } = await post(
      wgfRequest(
        { version: "1.9", request_token: "tok-h", status: "rejected" },
        { headers: { authorization: "Basic c2VjcmV0", cookie: "a=b" } },
      ),
    );
    const headers = (await db().delivery.findUniqueOrThrow({ where: { id: body.deliveryId } })).headers as Record<
      string,
      string
    >;
    expect(headers["authorization"]).toMatch(/^\[masked/);
    expect(headers["cookie"]).toMatch(/^\[masked/);
    expect(headers["x-timestamp"]).toMatch(/^\d+$/);
  });
});
