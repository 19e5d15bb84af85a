import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";

import type { ApplicationEffect, NormalisedEvent, ParseResult } from "@/lib/ingest/types";
import { parseWgfPostback } from "@/lib/providers/wegetfinancing/parse-postback";

const JSON_TYPE = "application/json";
const FORM_TYPE = "application/x-www-form-urlencoded";
const receivedAt = new Date("2025-06-01T12:00:00Z");
const sharedDir = path.resolve("../shared/fixtures/wegetfinancing");
const ownDir = path.join(import.meta.dirname, "fixtures");

const read = (dir: string, name: string) => readFileSync(path.join(dir, name));
const parse = (body: string | Buffer, contentType = JSON_TYPE) =>
  parseWgfPostback(Buffer.isBuffer(body) ? body : Buffer.from(body), contentType, receivedAt);
const json = (value: unknown) => parse(JSON.stringify(value));

function event(result: ParseResult): NormalisedEvent {
  if (!result.ok) throw new Error(`expected ok, got: ${result.error}`);
  return result.event;
}

function application(result: ParseResult): ApplicationEffect {
  const { effect } = event(result);
  if (effect.kind !== "application") throw new Error(`expected an application effect, got ${effect.kind}`);
  return effect;
}

function failure(result: ParseResult) {
  if (result.ok) throw new Error(`expected a parse error, got ${result.event.eventType}`);
  return result;
}

describe("shared fixtures", () => {
  const postbacks = readdirSync(sharedDir).filter((name) => name.startsWith("postback-"));

  it("finds the shared postback fixtures", () => {
    expect(postbacks.length).toBeGreaterThanOrEqual(3);
  });

  it.each(postbacks)("%s parses to an application event", (name) => {
    const result = parse(read(sharedDir, name));
    const effect = application(result);
    expect(effect.provider).toBe("WEGETFINANCING");
    expect(effect.occurredAt).toEqual(receivedAt);
    expect(event(result).eventType).toMatch(/^wgf\.postback\./);
  });

  it("postback-approved.json: approved, promote, exact amount", () => {
    const result = parse(read(sharedDir, "postback-approved.json"));
    expect(event(result)).toMatchObject({
      eventType: "wgf.postback.approved",
      dedupeKey: "wgf:abc123def456:approved:-",
      searchIds: ["abc123def456", "ORDER-123"],
    });
    const effect = application(result);
    expect(effect).toMatchObject({
      externalId: "abc123def456",
      status: "APPROVED",
      merchantTransactionId: "ORDER-123",
      order: { action: "promote" },
      data: { format: "json-1.9-flat", version: "1.9", status: "approved", amount: "499.00" },
    });
    expect(effect.amount).toBeInstanceOf(Decimal);
    expect(effect.amount!.toFixed(2)).toBe("499.00");
  });

  it("postback-preapproved.json: prequalified, no order action", () => {
    const effect = application(parse(read(sharedDir, "postback-preapproved.json")));
    expect(effect).toMatchObject({
      externalId: "pq77aa01",
      status: "PREQUALIFIED",
      merchantTransactionId: "ORDER-124",
    });
    expect(effect.order).toBeUndefined();
    expect(effect.amount).toBeUndefined();
  });

  it("postback-rejected.json: declined, no order action", () => {
    const effect = application(parse(read(sharedDir, "postback-rejected.json")));
    expect(effect).toMatchObject({ externalId: "rj55bb02", status: "DECLINED" });
    expect(effect.order).toBeUndefined();
  });
});

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

describe("dedupe keys", () => {
  it("are equal for the same approved event as flat, nested, legacy JSON and form", () => {
    const keys = [
      parse(read(sharedDir, "postback-approved.json")),
      parse(read(ownDir, "postback-nested-approved.json")),
      parse(read(ownDir, "postback-legacy-1.0-approved.json")),
      parse(read(ownDir, "postback-form-auth.txt"), FORM_TYPE),
      json({ version: "1.9", request_token: "abc123def456", updates: { status: "approved", amount: 499 } }),
    ].map((result) => event(result).dedupeKey);
    expect(new Set(keys)).toEqual(new Set(["wgf:abc123def456:approved:-"]));
  });

  it("are equal for a retry (same bytes) and differ by status", () => {
    const body = read(sharedDir, "postback-approved.json");
    expect(event(parse(body)).dedupeKey).toBe(event(parse(Buffer.from(body))).dedupeKey);
    expect(event(parse("inv_id=abc123def456&method=void", FORM_TYPE)).dedupeKey).toBe("wgf:abc123def456:cancelled:-");
  });
});

describe("content types", () => {
  it("reads a form body labelled JSON, and a JSON body labelled form", () => {
    expect(application(parse(read(ownDir, "postback-form-auth.txt"), JSON_TYPE)).data).toMatchObject({
      format: "form",
    });
    expect(application(parse(read(sharedDir, "postback-approved.json"), FORM_TYPE)).data).toMatchObject({
      format: "json-1.9-flat",
    });
  });

  it("sniffs a body sent with no content type", () => {
    expect(application(parse(read(sharedDir, "postback-approved.json"), "")).status).toBe("APPROVED");
    expect(application(parse(read(ownDir, "postback-form-auth.txt"), "")).status).toBe("APPROVED");
    expect(failure(parse("hello there", "")).error).toMatch(/neither JSON nor form/);
  });

  it("refuses other content types", () => {
    expect(failure(parse(read(sharedDir, "postback-approved.json"), "text/plain")).error).toMatch(
      /unsupported content type "text\/plain"/,
    );
  });
});

describe("malformed bodies", () => {
  it.each([
    ["empty body", "", JSON_TYPE, /body is empty/],
    ["whitespace body", "  \n", FORM_TYPE, /body is empty/],
    ["invalid JSON", '{"request_token": "tok-9", "status": "approved",', JSON_TYPE, /not valid JSON/],
    ["JSON that is not an object", '["approved"]', JSON_TYPE, /must be an object/],
    ["string garbage as JSON", "hello there", JSON_TYPE, /not valid JSON/],
    ["string garbage as form", "hello there", FORM_TYPE, /not form-encoded/],
    ["missing token", '{"version":"1.9","status":"approved"}', JSON_TYPE, /request_token is missing/],
    ["blank token", '{"request_token":"  ","status":"approved"}', JSON_TYPE, /request_token is missing/],
    [
      "token of the wrong type",
      '{"request_token":{"id":1},"status":"approved"}',
      JSON_TYPE,
      /request_token must be a string/,
    ],
    ["missing status", '{"request_token":"tok-9"}', JSON_TYPE, /status is missing/],
    ["status of the wrong type", '{"request_token":"tok-9","status":1}', JSON_TYPE, /status must be a string/],
    ["empty status", '{"request_token":"tok-9","status":""}', JSON_TYPE, /status must not be empty/],
    ["updates not an object", '{"request_token":"tok-9","updates":"approved"}', JSON_TYPE, /updates must be an object/],
    ["nested without status", '{"request_token":"tok-9","updates":{}}', JSON_TYPE, /updates.status is missing/],
    [
      "an amount no column can hold",
      '{"request_token":"tok-9","status":"approved","approved_amount":"1000000000000.00"}',
      JSON_TYPE,
      /approved_amount is 1000000000000.00, more than the largest amount the desk can hold \(999999999999.99\)/,
    ],
    [
      "an amount no column can hold, as a number",
      '{"request_token":"tok-9","status":"approved","approved_amount":1e21}',
      JSON_TYPE,
      /approved_amount is 1e\+21, more than the largest amount/,
    ],
    [
      "a form refund no column can hold",
      "inv_id=tok-9&inv_status=Refund&amount=1000000000000.00",
      FORM_TYPE,
      /amount is 1000000000000.00, more than the largest amount/,
    ],
    [
      "negative amount",
      '{"request_token":"tok-9","status":"approved","approved_amount":"-5.00"}',
      JSON_TYPE,
      /approved_amount must not be negative/,
    ],
    [
      "negative number",
      '{"request_token":"tok-9","status":"approved","approved_amount":-5}',
      JSON_TYPE,
      /approved_amount must not be negative/,
    ],
    [
      "garbage amount",
      '{"request_token":"tok-9","status":"approved","approved_amount":"lots"}',
      JSON_TYPE,
      /approved_amount must be a decimal amount/,
    ],
    [
      "exponent amount",
      '{"request_token":"tok-9","status":"approved","approved_amount":"1e3"}',
      JSON_TYPE,
      /approved_amount must be a decimal amount/,
    ],
    [
      "amount of the wrong type",
      '{"request_token":"tok-9","status":"approved","approved_amount":true}',
      JSON_TYPE,
      /approved_amount must be a decimal amount/,
    ],
    [
      "nested refund without amount",
      '{"request_token":"tok-9","updates":{"status":"refund"}}',
      JSON_TYPE,
      /refund has no amount \(expected updates.amount/,
    ],
    [
      "bad nested amount",
      '{"request_token":"tok-9","updates":{"status":"refund","amount":"1.00.5"}}',
      JSON_TYPE,
      /updates.amount must be a decimal amount/,
    ],
    [
      "token and inv_id disagree",
      '{"request_token":"a","inv_id":"b","status":"approved"}',
      JSON_TYPE,
      /request_token and inv_id disagree/,
    ],
    [
      "amounts disagree",
      '{"request_token":"a","status":"approved","approved_amount":"1.00","amount":"2.00"}',
      JSON_TYPE,
      /approved_amount and amount disagree/,
    ],
    ["form without inv_id", "function=transact&cust_id_ext=ORDER-123&inv_status=Auth", FORM_TYPE, /inv_id is missing/],
    ["form without inv_status", "inv_id=tok-9&cust_id_ext=ORDER-123", FORM_TYPE, /inv_status is missing/],
    ["form refund without amount", "inv_id=tok-9&inv_status=Refund", FORM_TYPE, /refund has no amount/],
    ["form bad amount", "inv_id=tok-9&inv_status=Refund&amount=12,50", FORM_TYPE, /amount must be a decimal amount/],
    ["form with a field twice", "inv_id=a&inv_id=b&inv_status=Auth", FORM_TYPE, /inv_id appears more than once/],
  ])("%s", (_name, body, contentType, message) => {
    expect(failure(parse(body, contentType)).error).toMatch(message);
  });

  it("rejects a body that is not UTF-8", () => {
    expect(failure(parse(Buffer.from([0x7b, 0xff, 0x7d]))).error).toMatch(/not valid UTF-8/);
  });

  it("still names the ids it could read", () => {
    expect(
      failure(json({ request_token: "tok-9", merchant_transaction_id: "ORDER-9", status: "refund" })).searchIds,
    ).toEqual(["tok-9", "ORDER-9"]);
    expect(failure(parse("cust_id_ext=ORDER-9&crl_id=CRL-1&inv_status=Auth", FORM_TYPE)).searchIds).toEqual([
      "ORDER-9",
      "CRL-1",
    ]);
    expect(failure(parse('{"request_token": "tok-9", "status": "approved",')).searchIds).toEqual(["tok-9"]);
    expect(
      failure(parse('{"request_token": "tok-9", "merchant_transaction_id": 100000123, "status":')).searchIds,
    ).toEqual(["tok-9", "100000123"]);
    expect(failure(json({ request_token: 12345, status: "refund" })).searchIds).toEqual(["12345"]);
  });

  it("treats null and blank optional fields as absent", () => {
    const effect = application(
      json({ request_token: "t", merchant_transaction_id: "", status: "approved", approved_amount: null }),
    );
    expect(effect.merchantTransactionId).toBeUndefined();
    expect(effect.amount).toBeUndefined();
  });
});

describe("liberal reading (issue 11)", () => {
  it("reads merchant_transaction_id (and the token) sent as JSON numbers as their decimal strings", () => {
    const effect = application(
      parse(
        '{"request_token":"tok-m1","merchant_transaction_id":100000123,"status":"approved","approved_amount":"499.00","version":"1.9"}',
      ),
    );
    expect(effect.merchantTransactionId).toBe("100000123");
    expect(application(parse('{"request_token":98765,"status":"approved"}')).externalId).toBe("98765");
  });

  it('applies approved_amount "999.666" rounded half-even to cents, keeps the exact value, flags amount-rounded', () => {
    const result = parse(
      '{"request_token":"tok-r1","merchant_transaction_id":"ORDER-1","status":"approved","approved_amount":"999.666","version":"1.9"}',
    );
    expect(event(result).flags).toEqual(["amount-rounded"]);
    const effect = application(result);
    expect(effect.amount?.toFixed(2)).toBe("999.67");
    expect(effect.data).toMatchObject({ amount: "999.67", amountExact: "999.666" });
  });

  it("rounds JSON float noise in a refund's amount, and keys the refund on the rounded cents", () => {
    const result = parse('{"request_token":"tok-r2","updates":{"status":"refund","amount":1234.5600000000002}}');
    expect(event(result).flags).toEqual(["amount-rounded"]);
    expect(application(result).order).toEqual({ action: "refund", amount: new Decimal("1234.56") });
    expect(event(result).dedupeKey).toBe("wgf:tok-r2:refund:1234.56");
    expect(application(parse("inv_id=tok-r3&inv_status=Refund&amount=10.005", FORM_TYPE)).amount?.toFixed(2)).toBe(
      "10.00",
    );
  });

  it("flags nothing when the amount has two decimals", () => {
    expect(event(parse('{"request_token":"t","status":"approved","approved_amount":"499.00"}')).flags).toBeUndefined();
  });

  it("stores function=update_customer as an ignored event (200, no effect), not a 400", () => {
    const result = parse("function=update_customer&cust_id_ext=ORDER-123&inv_id=tok-u1&version=0.3", FORM_TYPE);
    expect(event(result)).toEqual({
      eventType: "wgf.postback.function.update_customer",
      searchIds: ["tok-u1", "ORDER-123"],
      effect: { kind: "unknown", rawEventType: "function=update_customer" },
    });
  });

  it("never cancels for an unknown function, even with method=void", () => {
    const result = parse("function=unknown&method=void&inv_id=tok-u2&cust_id_ext=ORDER-123", FORM_TYPE);
    expect(event(result).effect).toEqual({ kind: "unknown", rawEventType: "function=unknown" });
    // function=transact with method=void still cancels.
    expect(application(parse("function=transact&method=void&inv_id=tok-u2&inv_status=Auth", FORM_TYPE)).order).toEqual({
      action: "cancel",
    });
  });
});
