// Inline bodies for ChargeAfter's application events, under current and old names.
import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";

import type { ApplicationEffect } from "@/lib/ingest/types";
import { resolveChargeAfterEventType } from "@/lib/providers/chargeafter/event-names";

import { parseOk } from "./helpers";

const createdAt = "2026-11-03T10:00:00.000Z";
const base = { createdAt, applicationId: "app_1" };

/** The application effect of an event of this type about app_1, with these fields. */
function applicationEffect(eventType: string, fields: Record<string, unknown> = {}): ApplicationEffect {
  const effect = parseOk({ eventType, ...base, ...fields }).effect;
  if (effect.kind !== "application") expect.fail(`expected an application effect, got ${effect.kind}`);
  return effect;
}

describe("application events", () => {
  it.each([
    ["application.created", {}, "CREATED"],
    ["application.prequalified", { lenderId: "l1", amount: 500 }, "PREQUALIFIED"],
    ["application.approved", { lenderId: "l1", amount: 450.5 }, "APPROVED"],
    ["application.pending-lender", { lenderId: "l1", reason: "Manual review" }, "PENDING"],
    ["application.pending-consumer", { lenderId: "l1", reason: "Needs ID" }, "PENDING"],
    ["application.pending-merchant", { lenderId: "l1", reason: "Merchant review" }, "PENDING"],
    ["application.declined", { lenderId: "l1" }, "DECLINED"],
    ["application.cancelled", { lenderId: "l1" }, "CANCELLED"],
  ] as const)("%s → %s", (eventType, fields, status) => {
    const event = parseOk({ eventType, ...base, ...fields });
    expect(event.eventType).toBe(eventType);
    expect(event.effect).toMatchObject({
      kind: "application",
      provider: "CHARGEAFTER",
      externalId: "app_1",
      occurredAt: new Date(createdAt),
      status,
      ...fields,
      ...("amount" in fields ? { amount: new Decimal(String(fields.amount)) } : {}),
    });
  });

  it("carries the pending reason", () => {
    const effect = applicationEffect("application.pending-consumer", { lenderId: "l1", reason: "Needs ID" });
    expect(effect.reason).toBe("Needs ID");
    expect(effect.status).toBe("PENDING");
  });

  it("reads amounts as exact decimals", () => {
    const effect = applicationEffect("application.approved", { lenderId: "l1", amount: 0.1 });
    expect(effect.amount).toBeInstanceOf(Decimal);
    expect(effect.amount!.toFixed(2)).toBe("0.10");
    expect(applicationEffect("application.approved", { amount: 123.45 }).amount!.toString()).toBe("123.45");
    expect(applicationEffect("application.approved", { amount: 0 }).amount!.toString()).toBe("0");
  });

  it("leaves out what the body does not say", () => {
    const effect = applicationEffect("application.created");
    expect(Object.keys(effect).sort()).toEqual(["data", "externalId", "kind", "occurredAt", "provider", "status"]);
  });

  it("reads null optional fields as absent", () => {
    const effect = applicationEffect("application.created", { lenderId: null, amount: null, reason: null });
    expect(effect.lenderId).toBeUndefined();
    expect(effect.amount).toBeUndefined();
  });

  it("picks up optional extra fields (numbers as their text) and ignores other types", () => {
    const effect = applicationEffect("application.approved", {
      lenderId: "l1",
      lenderName: "Finara",
      merchantOrderId: "ord_9",
      merchantTransactionId: "tx_9",
    });
    expect(effect).toMatchObject({ lenderName: "Finara", merchantOrderId: "ord_9", merchantTransactionId: "tx_9" });
    const loose = applicationEffect("application.approved", { merchantOrderId: 12345, lenderName: {} });
    expect(loose.merchantOrderId).toBe("12345");
    expect(loose.lenderName).toBeUndefined();
  });

  it("checkout-confirmed confirms with the account id and confirmation token", () => {
    const body = {
      eventType: "application.checkout-confirmed",
      ...base,
      accountId: "acct_1",
      lenderId: "l1",
      amount: 999.99,
      token: "ctok_1",
    };
    const event = parseOk(body);
    expect(event.effect).toMatchObject({
      kind: "application",
      status: "CONFIRMED",
      amount: new Decimal("999.99"),
      tokens: { accountId: "acct_1", confirmationToken: "ctok_1" },
      data: body,
    });
    expect(event.searchIds).toEqual(["app_1", "l1", "acct_1", "ctok_1"]);
  });

  it("apply-confirmed (deprecated) is read as checkout-confirmed and keeps its original name", () => {
    const body = { eventType: "application.apply-confirmed", ...base, lenderId: "l1", amount: 999.99, token: "ctok_1" };
    const event = parseOk(body);
    expect(event.eventType).toBe("application.checkout-confirmed");
    expect(event.effect).toMatchObject({
      status: "CONFIRMED",
      tokens: { confirmationToken: "ctok_1" },
      data: { ...body, originalEventType: "application.apply-confirmed" },
    });
  });

  it("apply-confirmed with its documented example name (checkout-confirmed) reads the same", () => {
    const fields = { ...base, lenderId: "l1", amount: 999.99, token: "ctok_1" };
    const asApply = parseOk({ eventType: "application.apply-confirmed", ...fields });
    const asExample = parseOk({ eventType: "application.checkout-confirmed", ...fields });
    expect(asExample.eventType).toBe("application.checkout-confirmed");
    expect(asExample.effect).toMatchObject({ status: "CONFIRMED", tokens: { confirmationToken: "ctok_1" } });
    expect((asExample.effect as ApplicationEffect).tokens?.accountId).toBeUndefined();
    expect(asExample.dedupeKey).toBe(asApply.dedupeKey);
  });

  it("keys on event name, application, lender and createdAt", () => {
    const body = { eventType: "application.declined", ...base, lenderId: "l1" };
    expect(parseOk(body).dedupeKey).toBe(`ca:application.declined:app_1:l1:${createdAt}`);
    // One decline per lender: different lenders are different events.
    expect(parseOk({ ...body, lenderId: "l2" }).dedupeKey).not.toBe(parseOk(body).dedupeKey);
    // The same instant written another way is the same event.
    expect(parseOk({ ...body, createdAt: "2026-11-03T12:00:00+02:00" }).dedupeKey).toBe(parseOk(body).dedupeKey);
  });
});

describe("old (renamed) event names", () => {
  it.each([
    ["account.approved", "application.approved", "APPROVED"],
    ["account.prequalified", "application.prequalified", "PREQUALIFIED"],
    ["account.pending-lender", "application.pending-lender", "PENDING"],
    ["account.pending-consumer", "application.pending-consumer", "PENDING"],
    ["account.declined", "application.declined", "DECLINED"],
  ])("%s is read as %s", (oldName, newName, status) => {
    const fields = { ...base, lenderId: "l1", amount: 10, reason: "r" };
    const old = parseOk({ eventType: oldName, ...fields });
    const current = parseOk({ eventType: newName, ...fields });
    expect(old.eventType).toBe(newName);
    expect(old.effect).toMatchObject({
      kind: "application",
      status,
      data: { eventType: oldName, originalEventType: oldName },
    });
    expect(old.dedupeKey).toBe(current.dedupeKey);
    expect((current.effect as ApplicationEffect).data).not.toHaveProperty("originalEventType");
  });

  it.each([
    ["postsale.authorize", "postsale.authorize.accepted"],
    ["postsale.settle", "postsale.settle.accepted"],
    ["postsale.refund", "postsale.refund.accepted"],
  ])("%s is read as %s with the same dedupe key", (oldName, newName) => {
    const fields = { createdAt, chargeId: "ch_1", amount: 10.5 };
    const old = parseOk({ eventType: oldName, ...fields });
    const current = parseOk({ eventType: newName, ...fields });
    expect(old.eventType).toBe(newName);
    expect(old.effect.kind).toBe("post-sale");
    expect(old.dedupeKey).toBe(current.dedupeKey);
  });

  it("matches names after trimming, and case-insensitively as a fallback", () => {
    expect(resolveChargeAfterEventType(" application.approved ")?.eventType).toBe("application.approved");
    expect(resolveChargeAfterEventType("Account.Approved")?.eventType).toBe("application.approved");
    expect(resolveChargeAfterEventType("DISPUTES.LENDER.UPDATED")?.eventType).toBe("disputes.lender.updated");
    expect(resolveChargeAfterEventType("constructor")).toBeUndefined();
    const event = parseOk({ eventType: "Application.Approved", ...base });
    expect(event.eventType).toBe("application.approved");
    expect(event.effect).toMatchObject({ data: { originalEventType: "Application.Approved" } });
  });
});

describe("consumer confirmation", () => {
  it("needs no eventType or createdAt and happens at receipt", () => {
    const event = parseOk({ applicationId: "app_1", accountToken: "atok", confirmationToken: "ctok" });
    expect(event.eventType).toBe("consumer.confirmation");
    expect(event.dedupeKey).toBe("ca:consumer.confirmation:app_1:ctok");
    const effect = event.effect as ApplicationEffect;
    expect(effect.status).toBeUndefined();
    expect(effect.occurredAt.toISOString()).toBe("2026-11-20T12:00:00.000Z");
    expect(effect.tokens).toEqual({ accountToken: "atok", confirmationToken: "ctok" });
  });
});
