// Issue 10 item 2 (rest) and issue 11 for ChargeAfter: wrong methods answer 405 (Allow: POST)
// and are stored; an aborted body is stored with what arrived; a 415 keeps its ids.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";

import { DELETE, GET, PATCH, POST, PUT } from "@/app/api/webhooks/chargeafter/route";
import { db } from "@/lib/db/client";
import { caRequest, configureProviders } from "@/test/provider-requests";
import { resetDatabase } from "@/test/reset-database";

beforeAll(() => configureProviders());
beforeEach(resetDatabase);

const URL = "http://127.0.0.1/api/webhooks/chargeafter";

async function stored(response: Response) {
  const { deliveryId } = (await response.json()) as { deliveryId: string };
  return db().delivery.findUniqueOrThrow({ where: { id: deliveryId } });
}

describe("ChargeAfter receiver stores every request", () => {
  it.each([
    ["GET", GET],
    ["PUT", PUT],
    ["PATCH", PATCH],
    ["DELETE", DELETE],
  ] as const)("%s answers 405 with Allow: POST and is stored INVALID", async (method, handler) => {
    const response = await handler(new Request(URL, { method, headers: { authorization: "Bearer whatever" } }));
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
    const delivery = await stored(response);
    expect(delivery).toMatchObject({
      processing: "INVALID",
      responseStatus: 405,
      endpoint: "/api/webhooks/chargeafter",
    });
    expect(delivery.processingError).toBe(`Method ${method} is not allowed: this endpoint accepts POST only.`);
    expect(JSON.stringify(delivery.headers)).not.toContain("whatever"); // still masked
  });

  it("a body aborted mid-way is stored with what arrived, flagged body-aborted", async () => {
    const sent = `{"eventType":"application.approved","applicationId":"app_half"`;
    const stream = new ReadableStream<Uint8Array>({
      start: (controller) => controller.enqueue(new TextEncoder().encode(sent)),
      pull: (controller) => controller.error(new Error("aborted")),
    });
    const response = await POST(
      new Request(URL, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: stream,
        duplex: "half",
      } as RequestInit),
    );
    expect(response.status).toBe(400);
    const delivery = await stored(response);
    expect(Buffer.from(delivery.rawBody).toString()).toBe(sent);
    expect(delivery.flags).toContain("body-aborted");
  });

  it("415: a JSON webhook sent as text/plain keeps its application id, flagged unverified-ids", async () => {
    const body = {
      eventType: "application.approved",
      createdAt: "2026-11-02T15:00:00.000Z",
      applicationId: "app_415",
      lenderId: "A",
      amount: 1,
    };
    const response = await POST(caRequest(body, { contentType: "text/plain" }));
    expect(response.status).toBe(415);
    const delivery = await stored(response);
    expect(delivery.searchIds).toContain("app_415");
    expect(delivery.flags).toContain("unverified-ids");
  });
});
