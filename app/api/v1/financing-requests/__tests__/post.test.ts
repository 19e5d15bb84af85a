import { describe, expect, it } from "vitest";

import { POST } from "@/app/api/v1/financing-requests/route";
import { db } from "@/lib/db/client";
import { guideBody, routeContext, setUpShopApi, shopRequest } from "@/test/shop-api";

const shop = setUpShopApi({ publicBaseUrl: "https://desk.example.com" });

const post = (body: unknown, headers: Record<string, string> = {}, withKey = shop.key) =>
  POST(shopRequest("/financing-requests", { key: withKey, body, headers }), routeContext());

describe("POST /api/v1/financing-requests", () => {
  it("saves the cart, calls Create Request with the desk's postback URL and answers 201 with the href", async () => {
    const response = await post(guideBody());
    expect(response.status).toBe(201);
    const answer = await response.json();
    const sent = shop.api.requests.at(-1)!;
    // 2 × 449.50 + 3 × 0.10 + 2 × 10.05 tax + 19.99 shipping
    expect(answer).toEqual({
      id: expect.any(String),
      merchantTransactionId: "ORDER-1001",
      href: sent.href,
      requestToken: sent.requestToken,
      amount: "939.39",
      status: "waiting",
    });
    expect(sent.body).toMatchObject({
      merchant_transaction_id: "ORDER-1001",
      postback_url: "https://desk.example.com/api/postbacks/wegetfinancing",
      shipping_address1: "500 Market St",
      phone: "2125551234",
    });
    const cart = await db().pendingCart.findUniqueOrThrow({ where: { id: answer.id } });
    expect([cart.requestToken, cart.createdByEmail]).toEqual([sent.requestToken, "api-key:shop-write"]);
  });

  it("sends the shop's success_url and failure_url on to WeGetFinancing", async () => {
    const urls = { success_url: "https://shop.example.com/thanks", failure_url: "https://shop.example.com/cart" };
    expect((await post(guideBody(urls))).status).toBe(201);
    expect(shop.api.requests.at(-1)!.body).toMatchObject(urls);
    const bad = await post(guideBody({ merchant_transaction_id: "ORDER-2", success_url: "javascript:alert(1)" }));
    expect((await bad.json()).errors).toEqual([
      { path: "success_url", message: "Must be an absolute http: or https: URL." },
    ]);
  });

  it("reads the nested addresses of WeGetFinancing's API reference too", async () => {
    const { billing_address1, billing_city, billing_state, billing_zipcode, ...rest } = guideBody();
    const nested = {
      ...rest,
      billing_address: {
        street1: billing_address1,
        city: billing_city,
        state: billing_state,
        zipcode: billing_zipcode,
      },
    };
    expect((await post(nested)).status).toBe(201);
    expect(shop.api.requests.at(-1)!.body.billing_city).toBe("New York");
  });

  it("refuses what WeGetFinancing's rules refuse: problem+json with each field's path, in words", async () => {
    const sentBefore = shop.api.requests.length;
    const response = await post(
      guideBody({
        email: "jane",
        billing_zipcode: "1000",
        cart_items: [{ sku: "A", display_name: "Thing", unit_price: "8.864", quantity: 0 }],
      }),
    );
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const problem = await response.json();
    expect(problem).toMatchObject({ type: "/api/v1/problems/invalid-request", status: 400, title: expect.any(String) });
    expect(problem.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      "billing_zipcode",
      "cart_items.0.quantity",
      "cart_items.0.unit_price",
      "email",
    ]);
    expect(problem.errors.find((e: { path: string }) => e.path === "cart_items.0.unit_price").message).toMatch(
      /at most two decimals/,
    );
    expect(shop.api.requests).toHaveLength(sentBefore);
  });

  it("names a missing field and a field of the wrong type", async () => {
    const { first_name: _, ...body } = guideBody({ cart_items: "sofa" });
    const problem = await (await post(body)).json();
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        { path: "first_name", message: "This field is required." },
        { path: "cart_items", message: "Must be a list of cart items." },
      ]),
    );
  });

  it("refuses a body that is not JSON (400), not sent as JSON (415) or too large (413)", async () => {
    expect((await post("{not json")).status).toBe(400);
    const form = await POST(
      shopRequest("/financing-requests", { key: shop.key, body: "a=1", headers: { "content-type": "text/plain" } }),
      routeContext(),
    );
    expect(form.status).toBe(415);
    const huge = guideBody({ notes: "x".repeat(300 * 1024) });
    expect((await post(huge)).status).toBe(413);
  });

  it("answers 422 with WeGetFinancing's reasons per field when it refuses, and the id may be sent again", async () => {
    const refused = await post(guideBody({ email: "jane@declined.test" }));
    expect(refused.status).toBe(422);
    const problem = await refused.json();
    expect(problem).toMatchObject({ type: "/api/v1/problems/provider-refused", status: 422 });
    expect(problem.errors).toEqual([{ path: "email", message: "this customer cannot be offered financing" }]);
    expect(await db().pendingCart.count({ where: { refusedAt: null } })).toBe(0);
    expect((await post(guideBody())).status).toBe(201);
  });

  it("answers 502 when WeGetFinancing cannot be reached, and keeps the cart", async () => {
    shop.api.failNext(1, "reset");
    const response = await post(guideBody());
    expect(response.status).toBe(502);
    const problem = await response.json();
    expect(problem.type).toBe("/api/v1/problems/provider-unavailable");
    const cart = await db().pendingCart.findUniqueOrThrow({ where: { merchantTransactionId: "ORDER-1001" } });
    expect(problem.detail).toContain(cart.id);
    expect(cart.requestToken).toBeNull();
  });

  it("answers 409 for a merchant_transaction_id already in use", async () => {
    expect((await post(guideBody())).status).toBe(201);
    const again = await post(guideBody());
    expect(again.status).toBe(409);
    expect((await again.json()).errors).toEqual([
      { path: "merchant_transaction_id", message: "Already used by another financing request." },
    ]);
  });
});
