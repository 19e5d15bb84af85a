// Issue 10 item 2 (rest) and issue 11: every request to the receiver is stored with its
// answer — wrong methods (405, Allow: POST), bodies aborted mid-way (flag body-aborted),
// and 400/413/415 refusals keep the ids they carry (flag unverified-ids).
import { describe, expect, it } from "vitest";

import * as route from "@/app/api/postbacks/wegetfinancing/route";
import { wgfRequest } from "@/test/provider-requests";
import { abortedRequest, itStoresWrongMethods, setUpReceiverTests, stored } from "@/test/receiver-tests";

setUpReceiverTests();

const URL = "http://127.0.0.1/api/postbacks/wegetfinancing";

describe("wrong methods", () => {
  const sent = (method: string) =>
    method === "GET" || method === "DELETE" ? undefined : `{"request_token":"tok-put"}`;
  itStoresWrongMethods(route, "/api/postbacks/wegetfinancing", {
    title: "%s answers 405 with Allow: POST and is stored INVALID with the reason",
    request: (method) =>
      new Request(URL, { method, headers: { "content-type": "application/json" }, body: sent(method) }),
    check: (delivery, method) => {
      expect(delivery.verification).toBe("NOT_CHECKED");
      const body = sent(method);
      if (body) expect(Buffer.from(delivery.rawBody).toString()).toBe(body);
    },
  });
});

describe("aborted bodies", () => {
  it("a body aborted mid-way is stored with what arrived, flagged body-aborted (was 400 and not stored)", async () => {
    const sent = `{"version":"1.9","request_token":"tok-half","status":"appr`;
    const response = await route.POST(abortedRequest(URL, sent));
    expect(response.status).toBe(400);
    const delivery = await stored(response);
    expect(Buffer.from(delivery.rawBody).toString()).toBe(sent);
    expect(delivery.bodyBytes).toBe(sent.length);
    expect(delivery.flags).toContain("body-aborted");
    expect(delivery).toMatchObject({ processing: "INVALID", verification: "NOT_CHECKED" });
    expect(delivery.processingError).toMatch(/aborted after \d+ bytes/);
  });
});

describe("refusals keep their ids (issue 11)", () => {
  it("415: a JSON postback sent as text/plain keeps its request token", async () => {
    const response = await route.POST(
      wgfRequest({ version: "1.9", request_token: "tok-415", status: "approved" }, { contentType: "text/plain" }),
    );
    expect(response.status).toBe(415);
    const delivery = await stored(response);
    expect(delivery.searchIds).toContain("tok-415");
    expect(delivery.flags).toContain("unverified-ids");
  });

  it("413: an oversized URL-encoded postback keeps the token from the part that was read", async () => {
    const body = `request_token=tok-413&status=approved&pad=${"A".repeat(1_100_000)}`;
    const response = await route.POST(wgfRequest(body, { contentType: "application/x-www-form-urlencoded" }));
    expect(response.status).toBe(413);
    const delivery = await stored(response);
    expect(delivery.searchIds).toContain("tok-413");
    expect(delivery.flags).toEqual(expect.arrayContaining(["truncated", "unverified-ids"]));
    expect(delivery.rawBody.length).toBe(64 * 1024);
  });

  it("413 with a declared Content-Length over 1 MiB keeps its first 64 KiB and the token in them (was stored empty)", async () => {
    const body = `request_token=tok-413-declared&status=approved&pad=${"A".repeat(2_000_000)}`;
    const request = wgfRequest(body, {
      contentType: "application/x-www-form-urlencoded",
      headers: { "content-length": String(body.length) },
    });
    const response = await route.POST(request);
    expect(response.status).toBe(413);
    const delivery = await stored(response);
    expect(delivery.bodyBytes).toBe(body.length);
    expect(Buffer.from(delivery.rawBody).toString()).toBe(body.slice(0, 64 * 1024));
    expect(delivery.searchIds).toContain("tok-413-declared");
  });

  it("400: an aborted body keeps the ids it already carried when they can be read", async () => {
    const response = await route.POST(
      abortedRequest(URL, `{"version":"1.9","request_token":"tok-400","status":"rejected"}`),
    );
    expect(response.status).toBe(400);
    const delivery = await stored(response);
    expect(delivery.searchIds).toContain("tok-400");
    expect(delivery.flags).toEqual(expect.arrayContaining(["body-aborted", "unverified-ids"]));
  });
});
