// Issue 10 item 2: one row the database would refuse must not fail its batch.
import { describe, expect, it } from "vitest";

import { POST } from "@/app/api/postbacks/wegetfinancing/route";
import { db } from "@/lib/db/client";
import { findIdsMentioning } from "@/lib/deliveries/find-ids-mentioning";
import { wgfRequest } from "@/test/provider-requests";
import { setUpReceiverTests } from "@/test/receiver-tests";
import { settleDeliveries } from "@/test/settle-deliveries";

setUpReceiverTests();

const nul = '{"version":"1.9","request_token":"tok-nul\\u0000x","status":"approved","approved_amount":"1.00"}';
const surrogate = '{"version":"1.9","request_token":"tok-sur\\ud800x","status":"approved","approved_amount":"1.00"}';
const longId = "L".repeat(10_000);

function hostile(): Request[] {
  return [
    wgfRequest(nul),
    wgfRequest(surrogate),
    wgfRequest({ version: "1.9", request_token: longId, status: "rejected" }),
    wgfRequest(
      { version: "1.9", request_token: "tok-hdr", status: "rejected" },
      { headers: { "x-evil": "caf\u00e9\u00ff" } },
    ),
    new Request("http://127.0.0.1/api/postbacks/wegetfinancing", {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": "3000000000" },
      body: "{}",
    }),
  ];
}

describe("WGF receiver: hostile neighbours in one group-commit batch", () => {
  it("stores every hostile request and every signed good one alongside (no 503)", async () => {
    const good = Array.from({ length: 40 }, (_, i) =>
      wgfRequest({ version: "1.9", request_token: `tok-good-${i}`, status: "rejected" }),
    );
    const all = [...hostile(), ...good, ...hostile()];
    const responses = await Promise.all(all.map((request) => POST(request)));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 503)).toEqual([]);
    expect(statuses.slice(5, 45).every((s) => s === 200)).toBe(true);
    await settleDeliveries();
    expect(await db().delivery.count()).toBe(all.length);
  });

  it("clamps a declared Content-Length of 3000000000 to what int4 holds and flags it", async () => {
    const response = await POST(hostile()[4]!);
    expect(response.status).toBe(413);
    const { deliveryId } = (await response.json()) as { deliveryId: string };
    const stored = await db().delivery.findUniqueOrThrow({ where: { id: deliveryId } });
    expect(stored.bodyBytes).toBe(2_147_483_647);
    expect(stored.flags).toContain("body-size-clamped");
  });

  it("keeps the raw body's exact bytes while headers and ids are made storable", async () => {
    const response = await POST(wgfRequest(nul));
    const { deliveryId } = (await response.json()) as { deliveryId: string };
    const stored = await db().delivery.findUniqueOrThrow({ where: { id: deliveryId } });
    expect(Buffer.from(stored.rawBody).toString("utf8")).toBe(nul);
  });

  it("a 10 000-character id is stored as its sha256 and found by searching the id itself", async () => {
    const response = await POST(wgfRequest({ version: "1.9", request_token: longId, status: "rejected" }));
    expect(response.status).toBe(200);
    const { deliveryId } = (await response.json()) as { deliveryId: string };
    const stored = await db().delivery.findUniqueOrThrow({ where: { id: deliveryId } });
    expect(stored.searchIds.some((id) => id.startsWith("sha256:"))).toBe(true);
    expect(await findIdsMentioning(longId)).toEqual([deliveryId]);
    await settleDeliveries();
    const applied = await db().delivery.findUniqueOrThrow({ where: { id: deliveryId } });
    expect(applied.processing, String(applied.processingError) + JSON.stringify(applied.searchIds)).not.toBe("FAILED");
    expect(await findIdsMentioning(longId)).toEqual([deliveryId]);
  });
});
