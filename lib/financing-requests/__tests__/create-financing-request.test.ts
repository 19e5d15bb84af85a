import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { POST } from "@/app/api/postbacks/wegetfinancing/route";
import { db } from "@/lib/db/client";
import { createFinancingRequest } from "@/lib/financing-requests/create-financing-request";
import type { FinancingRequestInput } from "@/lib/financing-requests/financing-request-schema";
import { startFakeWgfApi, type FakeWgfApi } from "@/test/fakes/wegetfinancing-api";
import { configureProviders, wgfRequest } from "@/test/provider-requests";
import { resetDatabase } from "@/test/reset-database";
import { settleDeliveries } from "@/test/settle-deliveries";

const API = { merchantId: "m-42", username: "api-user", password: "api-password" };
const actor = { id: null, email: "support@example.com" };
const postbackUrl = "https://desk.example.com/api/postbacks/wegetfinancing";
let api: FakeWgfApi;

const sale = (overrides: Partial<FinancingRequestInput> = {}): FinancingRequestInput => ({
  firstName: "Jane",
  lastName: "Doe",
  email: "Jane@Example.com",
  phone: "(212) 555-1234",
  billing: { street1: "123 Main St", city: "New York", state: "ny", zipcode: "10001" },
  items: [
    { sku: "WID-001", displayName: "Super Widget", unitPrice: "449.50", quantity: 2, unitTax: "10.05" },
    { sku: "CAB-9", displayName: "Cable", unitPrice: "0.10", quantity: 3 },
  ],
  shippingAmount: "19.99",
  ...overrides,
});

beforeAll(async () => {
  api = await startFakeWgfApi(API);
  configureProviders({
    WGF_MERCHANT_ID: API.merchantId,
    WGF_API_BASE_URL: api.baseUrl,
    WGF_USERNAME: API.username,
    WGF_PASSWORD: API.password,
  });
});
afterAll(async () => {
  configureProviders({ WGF_MERCHANT_ID: undefined, WGF_API_BASE_URL: undefined });
  await api.close();
});
beforeEach(resetDatabase);

describe("createFinancingRequest", () => {
  it("saves the cart, sends WeGetFinancing exact amounts and our postback URL, and keeps the link and token", async () => {
    const result = await createFinancingRequest(sale({ merchantTransactionId: "ORDER-777" }), actor, { postbackUrl });
    expect(result).toMatchObject({ ok: true, merchantTransactionId: "ORDER-777" });
    if (!result.ok) return;
    const sent = api.requests.at(-1)!.body;
    // 2 × 449.50 + 3 × 0.10 = 899.30; tax 2 × 10.05 = 20.10; shipping 19.99 → 939.39
    expect(sent).toMatchObject({
      amount: "939.39",
      tax_amount: "20.10",
      shipping_amount: "19.99",
      version: "1.9",
      postback_url: postbackUrl,
      email: "jane@example.com",
      phone: "2125551234",
    });
    expect(sent.billing_address).toEqual({
      street1: "123 Main St",
      city: "New York",
      state: "NY",
      zipcode: "10001",
      country: "US",
    });
    expect(sent.cart_items).toEqual([
      { sku: "WID-001", display_name: "Super Widget", unit_price: "449.50", quantity: 2, unit_tax: "10.05" },
      { sku: "CAB-9", display_name: "Cable", unit_price: "0.10", quantity: 3, unit_tax: "0.00" },
    ]);
    const cart = await db().pendingCart.findUniqueOrThrow({ where: { id: result.pendingCartId } });
    expect([
      cart.requestToken,
      cart.financingUrl,
      cart.amount.toFixed(2),
      cart.taxAmount.toFixed(2),
      cart.shippingAmount.toFixed(2),
    ]).toEqual([result.requestToken, result.financingUrl, "899.30", "20.10", "19.99"]);
    const app = await db().application.findUniqueOrThrow({
      where: { id: result.applicationId },
      include: { events: true },
    });
    expect([app.status, app.requestedAmount?.toFixed(2), app.merchantTransactionId]).toEqual([
      "CREATED",
      "939.39",
      "ORDER-777",
    ]);
    expect(app.events.map((e) => e.type)).toEqual(["financing-request.created"]);
    expect(await db().auditLog.count({ where: { action: "financing-request.create" } })).toBe(1);
  });

  it("the approved postback then makes the order for the full total", async () => {
    const result = await createFinancingRequest(sale(), actor, { postbackUrl });
    if (!result.ok) throw new Error(result.message);
    const response = await POST(
      wgfRequest(
        {
          version: "1.9",
          request_token: result.requestToken,
          merchant_transaction_id: result.merchantTransactionId,
          status: "approved",
          approved_amount: "939.39",
        },
        { credentials: API },
      ),
    );
    expect(response.status).toBe(200);
    await settleDeliveries();
    const order = await db().order.findUniqueOrThrow({ where: { requestToken: result.requestToken } });
    expect([order.amount.toFixed(2), order.status, order.applicationId]).toEqual([
      "939.39",
      "OPEN",
      result.applicationId,
    ]);
  });

  it("shows WeGetFinancing's refusal next to our fields, keeps the cart as refused, and lets the sale be retried", async () => {
    const result = await createFinancingRequest(
      sale({ email: "no@declined.test", merchantTransactionId: "ORDER-R" }),
      actor,
      { postbackUrl },
    );
    expect(result).toEqual({
      ok: false,
      kind: "refused",
      message: "Invalid parameters",
      fieldErrors: { email: ["this customer cannot be offered financing"] },
      pendingCartId: expect.any(String),
    });
    expect(await db().pendingCart.findMany({ select: { state: true, refusalMessage: true } })).toEqual([
      { state: "REFUSED", refusalMessage: "Invalid parameters this customer cannot be offered financing" },
    ]);
    expect((await createFinancingRequest(sale({ merchantTransactionId: "ORDER-R" }), actor, { postbackUrl })).ok).toBe(
      true,
    );
    expect(await db().pendingCart.findMany({ select: { state: true } })).toEqual([{ state: "WAITING" }]);
  });

  it("keeps the cart when WeGetFinancing may or may not have created the request", async () => {
    api.failNext(1, "500");
    const result = await createFinancingRequest(sale({ merchantTransactionId: "ORDER-U" }), actor, { postbackUrl });
    expect(result).toMatchObject({ ok: false, kind: "unavailable", message: expect.stringContaining("500") });
    expect(await db().pendingCart.count({ where: { merchantTransactionId: "ORDER-U" } })).toBe(1);
  });

  it("refuses a merchant transaction id used before, and validates input with readable messages", async () => {
    await createFinancingRequest(sale({ merchantTransactionId: "ORDER-D" }), actor, { postbackUrl });
    expect(
      await createFinancingRequest(sale({ merchantTransactionId: "ORDER-D" }), actor, { postbackUrl }),
    ).toMatchObject({ ok: false, kind: "duplicate", fieldErrors: { merchantTransactionId: ["Already used."] } });
    await expect(createFinancingRequest(sale({ items: [] }), actor, { postbackUrl })).rejects.toThrow(
      "Add at least one item.",
    );
    await expect(
      createFinancingRequest(sale({ billing: { street1: "x", city: "y", state: "New York", zipcode: "1" } }), actor, {
        postbackUrl,
      }),
    ).rejects.toThrow("two-letter state");
  });

  it("reads WeGetFinancing's real refusal (reasons as an object), shows it at the field, and lets the corrected request reuse the id", async () => {
    api.answerNext(400, {
      error: "invalid_parameters",
      message: "Invalid parameters",
      type: "error",
      stamp: "2026-12-03T09:00:00Z",
      subjects: ["email"],
      reasons: { email: "invalid-email" },
    });
    const refused = await createFinancingRequest(sale({ merchantTransactionId: "ORDER-E" }), actor, { postbackUrl });
    expect(refused).toEqual({
      ok: false,
      kind: "refused",
      pendingCartId: expect.any(String),
      message: "Invalid parameters",
      fieldErrors: { email: ["WeGetFinancing did not accept this email address."] },
    });
    expect(await db().pendingCart.count({ where: { merchantTransactionId: "ORDER-E", state: "REFUSED" } })).toBe(1);
    const corrected = await createFinancingRequest(
      sale({ merchantTransactionId: "ORDER-E", email: "jane.doe@example.com" }),
      actor,
      { postbackUrl },
    );
    expect(corrected).toMatchObject({ ok: true, merchantTransactionId: "ORDER-E" });
  });

  it("keeps the amount WeGetFinancing answers beside ours and flags a difference (its SDK test: 1640.94 for a cart whose tax is 1236.90)", async () => {
    const sdkCart = sale({
      merchantTransactionId: "66699",
      items: [
        {
          sku: "SKU_CODE_001",
          displayName: "Cart product 001",
          unitPrice: "10.00",
          quantity: 1,
          unitTax: "21.00",
          category: "CAT_A",
        },
        {
          sku: "02",
          displayName: "Cart product 002",
          unitPrice: "256.00",
          quantity: 6,
          unitTax: "0.75",
          category: "CAT_A",
        },
        {
          sku: "ZeroThree",
          displayName: "Cart product zero zero three",
          unitPrice: "8.86",
          quantity: 9,
          unitTax: "134.60",
        },
      ],
      shippingAmount: "15.20",
    });
    const result = await createFinancingRequest(sdkCart, actor, { postbackUrl });
    expect(result).toMatchObject({ ok: true, answeredAmount: "1640.94", flags: ["wgf-amount-differs"] });
    if (!result.ok) return;
    expect(api.requests.at(-1)!.body).toMatchObject({ amount: "2877.84", tax_amount: "1236.90" });
    const cart = await db().pendingCart.findUniqueOrThrow({ where: { id: result.pendingCartId } });
    expect(cart.answeredAmount?.toFixed(2)).toBe("1640.94");
    const event = await db().applicationEvent.findFirstOrThrow({ where: { applicationId: result.applicationId } });
    expect(event.data).toMatchObject({ wgfAmount: "1640.94", flags: ["wgf-amount-differs"] });
    // Without tax both sums agree: nothing flagged.
    const same = await createFinancingRequest(
      sale({ items: [{ sku: "A", displayName: "Chair", unitPrice: "499.00", quantity: 1 }], shippingAmount: "0.00" }),
      actor,
      { postbackUrl },
    );
    expect(same).toMatchObject({ ok: true, answeredAmount: "499.00", flags: [] });
  });

  it.each([
    ["javascript:alert(document.cookie)"],
    ["data:text/html,<script>alert(1)</script>"],
    ["http://checkout.example.com/?token=x"],
  ])("refuses an answer whose href is not https: (%s) as unreadable; nothing is offered to staff", async (href) => {
    api.answerNext(200, { amount: "919.29", href, inv_id: "tok-evil" });
    const result = await createFinancingRequest(sale({ merchantTransactionId: "ORDER-H" }), actor, { postbackUrl });
    expect(result).toEqual({
      ok: false,
      kind: "unavailable",
      pendingCartId: expect.any(String),
      message:
        "WeGetFinancing answered with a financing link that is not an https: address; it was not kept or offered.",
    });
    const cart = await db().pendingCart.findUniqueOrThrow({ where: { merchantTransactionId: "ORDER-H" } });
    expect([cart.financingUrl, cart.requestToken]).toEqual([null, null]);
    expect(await db().application.count({ where: { externalId: "tok-evil" } })).toBe(0);
  });

  it("says so when WeGetFinancing is not configured", async () => {
    configureProviders({
      WGF_MERCHANT_ID: undefined,
      WGF_API_BASE_URL: api.baseUrl,
      WGF_USERNAME: API.username,
      WGF_PASSWORD: API.password,
    });
    try {
      expect(await createFinancingRequest(sale(), actor, { postbackUrl })).toEqual({
        ok: false,
        kind: "not-configured",
        message: expect.stringContaining("not configured"),
      });
    } finally {
      configureProviders({
        WGF_MERCHANT_ID: API.merchantId,
        WGF_API_BASE_URL: api.baseUrl,
        WGF_USERNAME: API.username,
        WGF_PASSWORD: API.password,
      });
    }
  });
});
