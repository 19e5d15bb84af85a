import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";

import { application, event, FORM_TYPE, json, ownDir, parse, read } from "./postback-helpers";

describe("JSON 1.9, nested", () => {
  it("reads updates.status", () => {
    const effect = application(parse(read(ownDir, "postback-nested-approved.json")));
    expect(effect).toMatchObject({
      status: "APPROVED",
      order: { action: "promote" },
      data: { format: "json-1.9-nested" },
    });
  });

  it("cancelled cancels the order", () => {
    const result = parse(read(ownDir, "postback-nested-cancelled.json"));
    expect(event(result).eventType).toBe("wgf.postback.cancelled");
    expect(application(result)).toMatchObject({
      externalId: "cn33cc03",
      status: "CANCELLED",
      order: { action: "cancel" },
    });
  });

  it("a refund carries its amount, asserts no status, and keys on the amount", () => {
    const result = parse(read(ownDir, "postback-nested-refund.json"));
    const effect = application(result);
    expect(effect.status).toBeUndefined();
    expect(effect.merchantTransactionId).toBeUndefined();
    expect(effect.order).toEqual({ action: "refund", amount: new Decimal("120.50") });
    expect(event(result).dedupeKey).toBe("wgf:abc123def456:refund:120.50");
  });

  it("keys refunds of different amounts apart, and 120.5 the same as 120.50", () => {
    const refund = (amount: unknown) =>
      event(json({ version: "1.9", request_token: "t1", updates: { status: "refund", amount } })).dedupeKey;
    expect(refund("120.50")).toBe(refund(120.5));
    expect(refund("120.50")).not.toBe(refund("20.00"));
  });
});

describe("JSON 1.9, flat", () => {
  it.each([
    ["approved", "APPROVED", { action: "promote" }],
    ["preapproved", "PREQUALIFIED", undefined],
    ["rejected", "DECLINED", undefined],
    ["cancelled", "CANCELLED", { action: "cancel" }],
  ])("%s → %s", (status, expected, order) => {
    const effect = application(json({ version: "1.9", request_token: "tok-1", status }));
    expect(effect.status).toBe(expected);
    expect(effect.order).toEqual(order);
  });

  it("reads a refund's amount from `amount`", () => {
    const effect = application(json({ version: "1.9", request_token: "tok-1", status: "refund", amount: "10.00" }));
    expect(effect.order).toEqual({ action: "refund", amount: new Decimal("10") });
  });

  it("reads statuses case-insensitively", () => {
    expect(application(json({ request_token: "tok-1", status: "APPROVED" })).status).toBe("APPROVED");
    expect(application(json({ request_token: "tok-1", status: " PreApproved " })).status).toBe("PREQUALIFIED");
  });

  it("accepts inv_id as the request token, and both when they agree", () => {
    expect(application(json({ inv_id: "tok-2", status: "approved" })).externalId).toBe("tok-2");
    const result = json({ request_token: "tok-2", inv_id: "tok-2", status: "approved" });
    expect(event(result).searchIds).toEqual(["tok-2"]);
  });

  it("accepts a JSON number amount exactly", () => {
    expect(application(json({ request_token: "t", status: "approved", approved_amount: 499 })).amount!.toFixed(2)).toBe(
      "499.00",
    );
    expect(
      application(json({ request_token: "t", status: "approved", approved_amount: 1234.56 })).amount!.toString(),
    ).toBe("1234.56");
  });

  it("accepts a numeric version and a charset parameter", () => {
    const result = parse(
      JSON.stringify({ version: 1.9, request_token: "t", status: "approved" }),
      "Application/JSON; charset=utf-8",
    );
    expect(application(result).data).toMatchObject({ version: "1.9" });
  });
});

describe("legacy JSON 1.0", () => {
  it("reads inv_id and inv_status", () => {
    const result = parse(read(ownDir, "postback-legacy-1.0-approved.json"));
    expect(application(result)).toMatchObject({
      externalId: "abc123def456",
      status: "APPROVED",
      data: { format: "json-1.0", version: "1.0" },
    });
    expect(application(result).amount!.toFixed(2)).toBe("499.00");
  });

  it("maps Auth / AuthOnly as the form does", () => {
    expect(application(json({ version: "1.0", inv_id: "t", inv_status: "AuthOnly" })).status).toBe("PREQUALIFIED");
    expect(application(json({ version: "1.0", inv_id: "t", inv_status: "Auth" })).status).toBe("APPROVED");
  });
});

describe("form-encoded 0.2/0.3", () => {
  it("inv_status=Auth is approved; cust_id_ext is the merchant transaction id", () => {
    const result = parse(read(ownDir, "postback-form-auth.txt"), FORM_TYPE);
    expect(event(result)).toMatchObject({
      eventType: "wgf.postback.approved",
      searchIds: ["abc123def456", "ORDER-123", "CRL-901"],
    });
    expect(application(result)).toMatchObject({
      externalId: "abc123def456",
      merchantTransactionId: "ORDER-123",
      status: "APPROVED",
      order: { action: "promote" },
      data: { format: "form", version: "0.3", rawStatus: "Auth", method: "purchase", crlId: "CRL-901" },
    });
  });

  it("inv_status=AuthOnly is preapproved", () => {
    const result = parse(read(ownDir, "postback-form-authonly.txt"), `${FORM_TYPE}; charset=UTF-8`);
    expect(application(result)).toMatchObject({
      externalId: "pq77aa01",
      status: "PREQUALIFIED",
      merchantTransactionId: "ORDER-124",
    });
  });

  it("method=void cancels, whatever inv_status says", () => {
    const result = parse(read(ownDir, "postback-form-void.txt"), FORM_TYPE);
    expect(event(result).eventType).toBe("wgf.postback.cancelled");
    expect(application(result)).toMatchObject({ status: "CANCELLED", order: { action: "cancel" } });
    expect(application(parse("inv_id=t&method=VOID", FORM_TYPE)).status).toBe("CANCELLED");
  });

  it.each([
    ["approved", "APPROVED"],
    ["Preapproved", "PREQUALIFIED"],
    ["Rejected", "DECLINED"],
    ["Declined", "DECLINED"],
    ["Void", "CANCELLED"],
    ["Cancelled", "CANCELLED"],
    ["canceled", "CANCELLED"],
  ])("inv_status=%s → %s", (invStatus, expected) => {
    expect(application(parse(`inv_id=t&inv_status=${invStatus}`, FORM_TYPE)).status).toBe(expected);
  });

  it.each(["Refund", "Refunded"])("inv_status=%s with an amount is a refund", (invStatus) => {
    for (const field of ["amount", "approved_amount", "inv_amount"]) {
      const effect = application(parse(`inv_id=t&inv_status=${invStatus}&${field}=25.00`, FORM_TYPE));
      expect(effect.order).toEqual({ action: "refund", amount: new Decimal("25") });
    }
  });

  it("decodes percent and plus escapes", () => {
    const effect = application(parse("inv_id=t%2B1&cust_id_ext=ORDER+9%2F1&inv_status=Auth", FORM_TYPE));
    expect(effect).toMatchObject({ externalId: "t+1", merchantTransactionId: "ORDER 9/1" });
  });
});

describe("unknown statuses", () => {
  it("are well-formed: ok, with an unknown effect named after the status", () => {
    const result = json({ version: "1.9", request_token: "tok-3", status: "Under Review" });
    expect(event(result)).toMatchObject({
      eventType: "wgf.postback.under_review",
      searchIds: ["tok-3"],
      effect: { kind: "unknown", rawEventType: "wgf.postback.under_review" },
    });
    expect(event(parse("inv_id=t&inv_status=Pending", FORM_TYPE)).effect).toEqual({
      kind: "unknown",
      rawEventType: "wgf.postback.pending",
    });
  });
});
