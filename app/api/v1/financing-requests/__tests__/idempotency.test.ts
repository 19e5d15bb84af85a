import { describe, expect, it } from "vitest";

import { POST } from "@/app/api/v1/financing-requests/route";
import { db } from "@/lib/db/client";
import { guideBody, routeContext, setUpShopApi, shopKey, shopRequest } from "@/test/shop-api";

const shop = setUpShopApi();

const post = (body: unknown, idempotencyKey: string, withKey = shop.key) =>
  POST(
    shopRequest("/financing-requests", { key: withKey, body, headers: { "idempotency-key": idempotencyKey } }),
    routeContext(),
  );

describe("Idempotency-Key on POST /api/v1/financing-requests", () => {
  it("answers the first answer again to the same key and body (keys in another order), creating nothing more", async () => {
    const sentBefore = shop.api.requests.length;
    const first = await post(guideBody(), "checkout-1");
    expect(first.status).toBe(201);
    const reordered = Object.fromEntries(Object.entries(guideBody()).reverse());
    const again = await post(reordered, "checkout-1");
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await again.json()).toEqual(await first.json());
    expect(shop.api.requests.length - sentBefore).toBe(1);
    expect(await db().pendingCart.count()).toBe(1);
  });

  it("answers 409 to the same key with another body", async () => {
    expect((await post(guideBody(), "checkout-2")).status).toBe(201);
    const other = await post(guideBody({ merchant_transaction_id: "ORDER-2002" }), "checkout-2");
    expect(other.status).toBe(409);
    expect((await other.json()).type).toBe("/api/v1/problems/idempotency-key-reused");
    expect(await db().pendingCart.count()).toBe(1);
  });

  it("creates one cart when two requests with the same key arrive at once", async () => {
    const answers = await Promise.all([post(guideBody(), "checkout-3"), post(guideBody(), "checkout-3")]);
    const statuses = answers.map((a) => a.status).sort();
    // The second finds the first still running (409, try again) or already done (its answer again).
    expect([
      [201, 201],
      [201, 409],
    ]).toContainEqual(statuses);
    expect(await db().pendingCart.count()).toBe(1);
    const retried = await post(guideBody(), "checkout-3");
    expect(retried.status).toBe(201);
  });

  it("keeps a refusal too, and keeps each API key's Idempotency-Keys apart", async () => {
    const refused = await post(guideBody({ email: "jane@declined.test" }), "checkout-4");
    expect(refused.status).toBe(422);
    expect((await post(guideBody({ email: "jane@declined.test" }), "checkout-4")).status).toBe(422);
    const otherShop = await shopKey("write", "other-shop");
    expect((await post(guideBody(), "checkout-4", otherShop)).status).toBe(201);
  });

  it("stores the key in the database for at least 24 hours, and a stale one is forgotten", async () => {
    expect((await post(guideBody(), "checkout-5")).status).toBe(201);
    const stored = await db().idempotencyKey.findFirstOrThrow({ where: { key: "checkout-5" } });
    expect(stored.responseStatus).toBe(201);
    await db().idempotencyKey.updateMany({ data: { createdAt: new Date(Date.now() - 23 * 3_600_000) } });
    expect((await post(guideBody({ merchant_transaction_id: "X" }), "checkout-5")).status).toBe(409);
    await db().idempotencyKey.updateMany({ data: { createdAt: new Date(Date.now() - 25 * 3_600_000) } });
    expect((await post(guideBody({ merchant_transaction_id: "ORDER-5005" }), "checkout-5")).status).toBe(201);
  });

  it("refuses an Idempotency-Key that is too long or has spaces", async () => {
    const response = await post(guideBody(), "has space");
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].path).toBe("Idempotency-Key");
    expect((await post(guideBody(), "k".repeat(256))).status).toBe(400);
  });
});
