// Issue 10 item 2 (rest) and issue 11 for ChargeAfter: wrong methods answer 405 (Allow: POST)
// and are stored; an aborted body is stored with what arrived; a 415 keeps its ids.
import { describe, expect, it } from "vitest";

import * as route from "@/app/api/webhooks/chargeafter/route";
import { caApproval, caRequest } from "@/test/provider-requests";
import { abortedRequest, itStoresWrongMethods, setUpReceiverTests, stored } from "@/test/receiver-tests";

setUpReceiverTests();

const URL = "http://127.0.0.1/api/webhooks/chargeafter";

describe("ChargeAfter receiver stores every request", () => {
  itStoresWrongMethods(route, "/api/webhooks/chargeafter", {
    title: "%s answers 405 with Allow: POST and is stored INVALID",
    request: (method) => new Request(URL, { method, headers: { authorization: "Bearer whatever" } }),
    check: (delivery) => expect(JSON.stringify(delivery.headers)).not.toContain("whatever"), // still masked
  });

  it("a body aborted mid-way is stored with what arrived, flagged body-aborted", async () => {
    const sent = `{"eventType":"application.approved","applicationId":"app_half"`;
    const response = await route.POST(abortedRequest(URL, sent));
    expect(response.status).toBe(400);
    const delivery = await stored(response);
    expect(Buffer.from(delivery.rawBody).toString()).toBe(sent);
    expect(delivery.flags).toContain("body-aborted");
  });

  it("415: a JSON webhook sent as text/plain keeps its application id, flagged unverified-ids", async () => {
    const response = await route.POST(caRequest(caApproval("app_415"), { contentType: "text/plain" }));
    expect(response.status).toBe(415);
    const delivery = await stored(response);
    expect(delivery.searchIds).toContain("app_415");
    expect(delivery.flags).toContain("unverified-ids");
  });
});
