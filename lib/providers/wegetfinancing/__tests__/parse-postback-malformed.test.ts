import { describe, expect, it } from "vitest";

import { application, failure, FORM_TYPE, json, JSON_TYPE, parse } from "./postback-helpers";

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
