// A postback WeGetFinancing sends twice, or a hundred times at once, or in two formats at once, applies once.
import { describe, expect, it } from "vitest";

import { POST } from "@/app/api/postbacks/wegetfinancing/route";
import { db } from "@/lib/db/client";
import { insertPendingCart } from "@/test/pending-cart";
import { wgfApproval, wgfRequest } from "@/test/provider-requests";
import { poster, setUpReceiverTests } from "@/test/receiver-tests";
import { settleDeliveries } from "@/test/settle-deliveries";

setUpReceiverTests();
const post = poster(POST);

describe("repeated WeGetFinancing postbacks", () => {
  it("marks a repeat as a duplicate of the first and applies it once", async () => {
    await insertPendingCart("ORDER-9", "tok-dup");
    const body = JSON.stringify(wgfApproval("tok-dup", "ORDER-9"));
    const first = await post(wgfRequest(body));
    const second = await post(wgfRequest(body, { timestamp: String(Math.floor(Date.now() / 1000) + 1) }));
    expect([first.body.duplicate, second.body.duplicate]).toEqual([false, true]);
    await settleDeliveries();
    const repeat = await db().delivery.findUniqueOrThrow({ where: { id: second.body.deliveryId } });
    expect(repeat).toMatchObject({ processing: "DUPLICATE", duplicateOfId: first.body.deliveryId });
    expect(await db().applicationEvent.count()).toBe(1);
    expect(await db().order.count()).toBe(1);
  });

  it("100 concurrent identical approved postbacks make exactly one order", async () => {
    await insertPendingCart("ORDER-100", "tok-100");
    const body = JSON.stringify(wgfApproval("tok-100", "ORDER-100"));
    const answers = await Promise.all(Array.from({ length: 100 }, () => post(wgfRequest(body))));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(answers.filter((a) => !a.body.duplicate)).toHaveLength(1);
    await settleDeliveries();
    expect(await db().order.count()).toBe(1);
    expect(await db().delivery.count({ where: { processing: "DUPLICATE" } })).toBe(99);
    expect(await db().applicationEvent.count()).toBe(1);
  });

  it("promotes once even when the same approval arrives in two formats at once", async () => {
    await insertPendingCart("ORDER-2F", "tok-2f");
    const json = wgfRequest(wgfApproval("tok-2f", "ORDER-2F"));
    const form = wgfRequest("cust_id_ext=ORDER-2F&inv_id=tok-2f&inv_status=Auth&version=0.3", {
      contentType: "application/x-www-form-urlencoded",
    });
    await Promise.all([post(json), post(form)]);
    await settleDeliveries();
    expect(await db().order.count()).toBe(1);
  });
});
