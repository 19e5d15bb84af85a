import { beforeEach, describe, expect, it } from "vitest";

import { POST } from "@/app/api/v1/financing-requests/route";
import { GET as listOrders } from "@/app/api/v1/orders/route";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { db } from "@/lib/db/client";
import { resetDatabase } from "@/test/reset-database";
import { guideBody, routeContext, shopKey, shopRequest } from "@/test/shop-api";

const admin = { id: null, email: "admin@example.com" };

beforeEach(resetDatabase);

async function expectProblem(response: Response, status: number, type: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  expect(await response.json()).toMatchObject({ status, type: `/api/v1/problems/${type}`, detail: expect.any(String) });
}

describe("Shop API authentication", () => {
  it("answers 401 without a key, with a malformed or unknown key, with a WWW-Authenticate challenge", async () => {
    const missing = await listOrders(shopRequest("/orders"), routeContext());
    expect(missing.headers.get("www-authenticate")).toMatch(/^Bearer/);
    await expectProblem(missing, 401, "unauthorized");
    await expectProblem(
      await listOrders(shopRequest("/orders", { key: "nonsense" }), routeContext()),
      401,
      "unauthorized",
    );
    const unknown = `fdk_live_${"A".repeat(43)}`;
    await expectProblem(
      await listOrders(shopRequest("/orders", { key: unknown }), routeContext()),
      401,
      "unauthorized",
    );
  });

  it("answers 401 at once after the key is revoked", async () => {
    const key = await shopKey("read", "till");
    expect((await listOrders(shopRequest("/orders", { key }), routeContext())).status).toBe(200);
    await revokeApiKey("till", admin);
    await expectProblem(await listOrders(shopRequest("/orders", { key }), routeContext()), 401, "unauthorized");
  });

  it("answers 403 to a read key on a write, before reading the body", async () => {
    const key = await shopKey("read");
    await expectProblem(
      await POST(shopRequest("/financing-requests", { key, body: guideBody() }), routeContext()),
      403,
      "forbidden",
    );
    expect(await db().pendingCart.count()).toBe(0);
  });

  it("records the last use at most once a minute", async () => {
    const key = await shopKey("read", "poller");
    await listOrders(shopRequest("/orders", { key }), routeContext());
    const first = (await db().apiKey.findUniqueOrThrow({ where: { name: "poller" } })).lastUsedAt!;
    expect(first).toBeInstanceOf(Date);
    await listOrders(shopRequest("/orders", { key }), routeContext());
    expect((await db().apiKey.findUniqueOrThrow({ where: { name: "poller" } })).lastUsedAt).toEqual(first);
    await db().apiKey.update({ where: { name: "poller" }, data: { lastUsedAt: new Date(Date.now() - 61_000) } });
    await listOrders(shopRequest("/orders", { key }), routeContext());
    const later = (await db().apiKey.findUniqueOrThrow({ where: { name: "poller" } })).lastUsedAt!;
    expect(later.getTime()).toBeGreaterThan(first.getTime() - 61_000 + 1000);
  });
});
