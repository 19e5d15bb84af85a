// Issue 11 / issue 10 item 7: be liberal in what is read, strict about what is applied.
import { describe, expect, it } from "vitest";

import { approved, parse, parseError, parseOk } from "./helpers";

describe("ChargeAfter amounts", () => {
  it("JSON float noise 1234.5600000000002 is applied as 1234.56 and flagged amount-rounded", () => {
    const event = parseOk(
      `{"eventType":"application.approved","createdAt":"2026-11-03T10:00:00.000Z","applicationId":"app_1","amount":1234.5600000000002}`,
    );
    expect(event.effect.kind === "application" && event.effect.amount?.toFixed()).toBe("1234.56");
    expect(event.flags).toEqual(["amount-rounded"]);
  });

  it("three decimals are rounded half-even and flagged", () => {
    const event = parseOk({ ...approved, amount: 12.345 });
    expect(event.effect.kind === "application" && event.effect.amount?.toFixed(2)).toBe("12.34");
    expect(event.flags).toEqual(["amount-rounded"]);
  });

  it("a two-decimal amount is not flagged", () => {
    const event = parseOk({ ...approved, amount: 499.5 });
    expect(event.effect.kind === "application" && event.effect.amount?.toFixed(2)).toBe("499.50");
    expect(event.flags).toBeUndefined();
  });

  it("amounts no column can hold (1000000000000.00, 1e21) are unreadable", () => {
    expect(
      parseError(
        `{"eventType":"application.approved","createdAt":"2026-11-03T10:00:00.000Z","applicationId":"app_1","amount":1000000000000.00}`,
      ).error,
    ).toMatch(
      /^application\.approved: amount is 1000000000000, more than the largest amount the desk can hold \(999999999999\.99\)$/,
    );
    const huge = parseError(
      `{"eventType":"application.approved","createdAt":"2026-11-03T10:00:00.000Z","applicationId":"app_1","amount":1e21}`,
    );
    expect(huge.error).toMatch(/amount is 1e\+21, more than the largest amount/);
    expect(huge.searchIds).toEqual(["app_1"]);
  });

  it("an infinite amount (1e400) is unreadable", () => {
    expect(
      parseError(
        `{"eventType":"application.approved","createdAt":"2026-11-03T10:00:00.000Z","applicationId":"app_1","amount":1e400}`,
      ).error,
    ).toBe("application.approved: amount must be a finite number");
  });
});

describe("ChargeAfter ids as JSON numbers", () => {
  it("a checkout-confirmed delivery with a numeric accountId keeps its confirmation token", () => {
    const event = parseOk(
      `{"eventType":"application.checkout-confirmed","createdAt":"2026-11-03T10:00:00.000Z","applicationId":"app_1","lenderId":"l1","accountId":123456789,"token":"conf_tok_1"}`,
    );
    expect(event.effect.kind).toBe("application");
    if (event.effect.kind !== "application") return;
    expect(event.effect.tokens).toEqual({ accountId: "123456789", confirmationToken: "conf_tok_1" });
    expect(event.searchIds).toEqual(expect.arrayContaining(["123456789", "conf_tok_1", "app_1"]));
  });

  it("applicationId, lenderId and merchantOrderId as numbers are read as their text", () => {
    const event = parseOk({ ...approved, applicationId: 42, lenderId: 7, merchantOrderId: 100000123 });
    if (event.effect.kind !== "application") expect.fail("application effect expected");
    expect(event.effect.externalId).toBe("42");
    expect(event.effect.lenderId).toBe("7");
    expect(event.effect.merchantOrderId).toBe("100000123");
    expect(event.dedupeKey).toBe("ca:application.approved:42:7:2026-11-03T10:00:00.000Z");
  });

  it("a post-sale event's numeric ids link it", () => {
    const event = parseOk({
      eventType: "postsale.settle.accepted",
      createdAt: approved.createdAt,
      chargeId: 991,
      merchantOrderId: 100000123,
      applicationId: "app_1",
    });
    if (event.effect.kind !== "post-sale") expect.fail("post-sale effect expected");
    expect(event.effect.chargeId).toBe("991");
    expect(event.effect.merchantOrderId).toBe("100000123");
  });

  it("a numeric consumer confirmation token is read as its text", () => {
    const event = parseOk({ applicationId: "app_1", confirmationToken: 555 });
    expect(event.dedupeKey).toBe("ca:consumer.confirmation:app_1:555");
  });
});

describe("ChargeAfter deep nesting", () => {
  it("a body nested 4 000+ levels is unreadable (400), not a crash", () => {
    const deep = `{"eventType":"postsale.settle.accepted","createdAt":"2026-11-03T10:00:00.000Z","x":${"[".repeat(5000)}${"]".repeat(5000)}}`;
    expect(parseError(deep).error).toBe("body is nested more than 400 levels deep");
    const deepUnknown = `{"eventType":"x.unknown","x":${'{"a":'.repeat(100000)}1${"}".repeat(100000)}}`;
    expect(parseError(deepUnknown).error).toBe("body is nested more than 400 levels deep");
  });

  it("brackets inside strings do not count", () => {
    const event = parseOk({ eventType: "x.unknown", note: `${"[".repeat(5000)}\\"{` });
    expect(event.eventType).toBe("x.unknown");
  });

  it("a body 400 levels deep is still read", () => {
    let nested: unknown = 1;
    for (let level = 1; level < 400; level++) nested = [nested];
    expect(parse({ eventType: "x.unknown", nested }).ok).toBe(true);
  });
});
