// Issue 10 item 7 and issue 11, through the receiver: hostile or loose bodies are stored and answered in words.
import { describe, expect, it } from "vitest";

import { POST } from "@/app/api/webhooks/chargeafter/route";
import { db } from "@/lib/db/client";
import { caRequest } from "@/test/provider-requests";
import { poster, setUpReceiverTests } from "@/test/receiver-tests";
import { settleDeliveries } from "@/test/settle-deliveries";

setUpReceiverTests();
const postRequest = poster(POST);
const post = (body: string) => postRequest(caRequest(body));

describe("POST /api/webhooks/chargeafter: liberal reading, strict inside", () => {
  it("a body nested 4 000+ levels answers 400 and is stored", async () => {
    const deep = `{"eventType":"postsale.settle.accepted","createdAt":"2026-11-03T10:00:00.000Z","x":${"[".repeat(5000)}${"]".repeat(5000)}}`;
    const answer = await post(deep);
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatch(/nested more than 400 levels/);
    expect(await db().delivery.count()).toBe(1);
  });

  it("amounts no column can hold (1000000000000.00, 1e21) answer 400 and are stored", async () => {
    for (const amount of ["1000000000000.00", "1e21"]) {
      const body = `{"eventType":"application.approved","createdAt":"2026-11-03T10:00:00.000Z","applicationId":"app_big","lenderId":"l1","amount":${amount}}`;
      const answer = await post(body);
      expect(answer.status, amount).toBe(400);
      expect(answer.body.error).toMatch(/more than the largest amount the desk can hold/);
    }
    expect(await db().delivery.count()).toBe(2);
    expect(await db().application.count()).toBe(0);
  });

  // The parser sets flags ["amount-rounded"] (unit test in lib/providers/chargeafter); storing them is lib/ingest's part.
  it("float noise 1234.5600000000002 is applied as 1234.56", async () => {
    const body = `{"eventType":"application.approved","createdAt":"2026-11-03T10:00:00.000Z","applicationId":"app_noise","lenderId":"l1","amount":1234.5600000000002}`;
    const answer = await post(body);
    expect(answer.status).toBe(200);
    await settleDeliveries();
    const app = await db().application.findUniqueOrThrow({
      where: { provider_externalId: { provider: "CHARGEAFTER", externalId: "app_noise" } },
    });
    expect(app.approvedAmount?.toFixed(2)).toBe("1234.56");
  });

  it("a checkout-confirmed delivery with accountId as a JSON number is applied with its confirmation token", async () => {
    const body = `{"eventType":"application.checkout-confirmed","createdAt":"2026-11-03T10:00:00.000Z","applicationId":"app_num","lenderId":"l1","accountId":123456789,"token":"ctok_num"}`;
    const answer = await post(body);
    expect(answer.status).toBe(200);
    await settleDeliveries();
    const app = await db().application.findUniqueOrThrow({
      where: { provider_externalId: { provider: "CHARGEAFTER", externalId: "app_num" } },
    });
    expect([app.accountId, app.confirmationToken]).toEqual(["123456789", "ctok_num"]);
  });
});
