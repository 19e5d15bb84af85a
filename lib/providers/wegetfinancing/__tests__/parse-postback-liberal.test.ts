import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";

import { application, event, FORM_TYPE, parse } from "./postback-helpers";

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
