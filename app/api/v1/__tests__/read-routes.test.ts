import { describe, expect, it } from "vitest";

import { POST as postback } from "@/app/api/postbacks/wegetfinancing/route";
import { GET as getApplication } from "@/app/api/v1/applications/[id]/route";
import { GET as getFinancingRequest } from "@/app/api/v1/financing-requests/[id]/route";
import { POST } from "@/app/api/v1/financing-requests/route";
import { GET as listOrders } from "@/app/api/v1/orders/route";
import { wgfApproval, wgfRequest } from "@/test/provider-requests";
import { settleDeliveries } from "@/test/settle-deliveries";
import { guideBody, routeContext, setUpShopApi, shopRequest } from "@/test/shop-api";

const shop = setUpShopApi();

const get = (route: typeof getApplication, path: string, id: string) =>
  route(shopRequest(`${path}/${encodeURIComponent(id)}`, { key: shop.key }), routeContext({ id }));

async function createRequest() {
  const response = await POST(shopRequest("/financing-requests", { key: shop.key, body: guideBody() }), routeContext());
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; requestToken: string; href: string };
}

describe("Shop API reads", () => {
  it("shows a new request waiting, with its cart and application, and no order", async () => {
    const created = await createRequest();
    const response = await get(getFinancingRequest, "/financing-requests", created.id);
    expect(response.status).toBe(200);
    const request = await response.json();
    expect(request).toMatchObject({
      id: created.id,
      merchantTransactionId: "ORDER-1001",
      status: "waiting",
      href: created.href,
      requestToken: created.requestToken,
      amount: "939.39",
      currency: "USD",
      cart: { itemsAmount: "899.30", taxAmount: "20.10", shippingAmount: "19.99" },
      customer: { firstName: "Jane", lastName: "Doe", email: "jane@example.com", phone: "2125551234" },
      application: { providerId: created.requestToken, status: "created" },
      order: null,
    });
    expect(request.cart.items[0]).toEqual({
      sku: "WID-001",
      displayName: "Super Widget",
      unitPrice: "449.50",
      quantity: 2,
      unitTax: "10.05",
      category: null,
    });
    expect(request.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it("after the approved postback: the request's order, the application by either id, one order in the list", async () => {
    const created = await createRequest();
    expect((await postback(wgfRequest(wgfApproval(created.requestToken, "ORDER-1001", "939.39")))).status).toBe(200);
    await settleDeliveries();

    const request = await (await get(getFinancingRequest, "/financing-requests", created.id)).json();
    expect(request.status).toBe("ordered");
    expect(request.order).toMatchObject({ merchantTransactionId: "ORDER-1001", status: "open", amount: "939.39" });

    const byOurs = await (await get(getApplication, "/applications", request.application.id)).json();
    const byTheirs = await (await get(getApplication, "/applications", created.requestToken)).json();
    expect(byTheirs).toEqual(byOurs);
    expect(byOurs).toMatchObject({
      provider: "wegetfinancing",
      providerId: created.requestToken,
      status: "approved",
      approvedAmount: "939.39",
      customer: { email: "jane@example.com" },
    });
    expect(byOurs.timeline.map((event: { type: string }) => event.type)).toContain("financing-request.created");
    expect(byOurs.timeline.at(-1)).toMatchObject({ status: "approved", amount: "939.39" });

    const orders = await (await listOrders(shopRequest("/orders", { key: shop.key }), routeContext())).json();
    expect(orders.data).toHaveLength(1);
    expect(orders.data[0]).toMatchObject({ financingRequestId: created.id, applicationId: byOurs.id });
    expect(orders.next_cursor).toBeNull();
  });

  it("answers 404 problem+json for an unknown or malformed id", async () => {
    for (const [route, path, id] of [
      [getFinancingRequest, "/financing-requests", "0190a0a0-0000-7000-8000-000000000000"],
      [getFinancingRequest, "/financing-requests", "not-an-id"],
      [getApplication, "/applications", "no-such-token"],
      [getApplication, "/applications", "x".repeat(300)],
    ] as const) {
      const response = await get(route, path, id);
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
    }
  });
});
