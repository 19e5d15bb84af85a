// Issue 11: a refused delivery keeps its search ids, marked unverified.
import { describe, expect, it } from "vitest";

import { POST } from "@/app/api/postbacks/wegetfinancing/route";
import { POST as caPost } from "@/app/api/webhooks/chargeafter/route";
import { caApproval, caRequest, wgfRequest } from "@/test/provider-requests";
import { setUpReceiverTests, stored } from "@/test/receiver-tests";

setUpReceiverTests();

describe("refused deliveries keep search ids", () => {
  it("a WGF postback with a bad signature (401) is found by its request token, flagged unverified-ids", async () => {
    const response = await POST(
      wgfRequest(
        { version: "1.9", request_token: "tok-lost-approval", status: "approved", approved_amount: "1.00" },
        { signature: "bad" },
      ),
    );
    expect(response.status).toBe(401);
    const delivery = await stored(response);
    expect(delivery.searchIds).toContain("tok-lost-approval");
    expect(delivery.flags).toContain("unverified-ids");
  });

  it("a ChargeAfter webhook with a wrong Authorization (401) keeps its application id", async () => {
    const response = await caPost(caRequest(caApproval("app_lost_1"), { authorization: "wrong" }));
    expect(response.status).toBe(401);
    const delivery = await stored(response);
    expect(delivery.searchIds).toContain("app_lost_1");
    expect(delivery.flags).toContain("unverified-ids");
  });

  it("a verified delivery is not flagged unverified-ids", async () => {
    const response = await POST(wgfRequest({ version: "1.9", request_token: "tok-ok", status: "rejected" }));
    expect(response.status).toBe(200);
    expect((await stored(response)).flags).not.toContain("unverified-ids");
  });
});
