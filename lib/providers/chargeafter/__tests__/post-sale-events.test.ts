// Inline bodies for ChargeAfter's dispute, post-sale and unknown events.
import { describe, expect, it } from "vitest";

import type { DisputeEffect, PostSaleEffect } from "@/lib/ingest/types";

import { parseOk } from "./helpers";

const createdAt = "2026-11-03T10:00:00.000Z";

describe("dispute events", () => {
  function disputeEffect(body: Record<string, unknown>): DisputeEffect {
    const effect = parseOk(body).effect;
    if (effect.kind !== "dispute") expect.fail(`expected a dispute effect, got ${effect.kind}`);
    return effect;
  }

  it.each([
    ["disputes.created", "OPEN"],
    ["disputes.lender.updated", "LENDER_UPDATED"],
    ["disputes.resolved", "RESOLVED"],
  ] as const)("%s → %s", (eventType, status) => {
    const effect = disputeEffect({ eventType, createdAt, disputeId: "dsp_1", lenderDisputeId: "LND-1" });
    expect(effect).toEqual({
      kind: "dispute",
      provider: "CHARGEAFTER",
      disputeId: "dsp_1",
      lenderDisputeId: "LND-1",
      status,
      occurredAt: new Date(createdAt),
      data: { eventType, createdAt, disputeId: "dsp_1", lenderDisputeId: "LND-1" },
    });
  });

  it("links the application when the body names it", () => {
    const body = { eventType: "disputes.lender.updated", createdAt, disputeId: "dsp_1", applicationId: "app_1" };
    expect(disputeEffect(body).applicationExternalId).toBe("app_1");
    expect(parseOk(body).dedupeKey).toBe(`ca:disputes.lender.updated:dsp_1:-:${createdAt}`);
  });
});

describe("post-sale events", () => {
  function postSale(body: Record<string, unknown>): {
    effect: PostSaleEffect;
    searchIds: string[];
    dedupeKey?: string;
  } {
    const event = parseOk(body);
    if (event.effect.kind !== "post-sale") expect.fail(`expected a post-sale effect, got ${event.effect.kind}`);
    return { effect: event.effect, searchIds: event.searchIds, dedupeKey: event.dedupeKey };
  }

  it.each(["postsale.authorize.accepted", "postsale.settle.accepted", "postsale.refund.accepted"])(
    "%s is stored whole",
    (eventType) => {
      const body = {
        eventType,
        createdAt,
        applicationId: "app_1",
        chargeId: "ch_1",
        merchantOrderId: "ord_1",
        amount: 12.5,
        extra: { any: "thing" },
      };
      const { effect, searchIds } = postSale(body);
      expect(effect).toEqual({
        kind: "post-sale",
        provider: "CHARGEAFTER",
        occurredAt: new Date(createdAt),
        applicationExternalId: "app_1",
        chargeId: "ch_1",
        merchantOrderId: "ord_1",
        data: body,
      });
      expect(searchIds).toEqual(["app_1", "ch_1", "ord_1"]);
    },
  );

  it("finds ids one level down", () => {
    const body = {
      eventType: "postsale.settle.accepted",
      createdAt,
      data: { chargeId: "ch_2", merchantOrderId: "ord_2", applicationId: "app_2" },
    };
    const { effect, searchIds } = postSale(body);
    expect(effect).toMatchObject({ chargeId: "ch_2", merchantOrderId: "ord_2", applicationExternalId: "app_2" });
    expect(searchIds).toEqual(["app_2", "ch_2", "ord_2"]);
  });

  it("works with no ids at all", () => {
    const { effect } = postSale({ eventType: "postsale.refund.accepted", createdAt });
    expect(Object.keys(effect).sort()).toEqual(["data", "kind", "occurredAt", "provider"]);
  });

  it("keys on a hash of the body that ignores key order", () => {
    const a = postSale({ eventType: "postsale.settle.accepted", createdAt, chargeId: "ch_1", amount: 5 });
    const b = postSale({ amount: 5, chargeId: "ch_1", createdAt, eventType: "postsale.settle.accepted" });
    const c = postSale({ eventType: "postsale.settle.accepted", createdAt, chargeId: "ch_1", amount: 6 });
    expect(a.dedupeKey).toMatch(/^ca:postsale\.settle\.accepted:[0-9a-f]{64}$/);
    expect(b.dedupeKey).toBe(a.dedupeKey);
    expect(c.dedupeKey).not.toBe(a.dedupeKey);
  });
});

describe("unknown event types", () => {
  it("are accepted with no effect, under the name as received", () => {
    const body = { eventType: "merchant.something-new", createdAt, applicationId: "app_1", foo: 1 };
    const event = parseOk(body);
    expect(event.eventType).toBe("merchant.something-new");
    expect(event.effect).toEqual({ kind: "unknown", rawEventType: "merchant.something-new" });
    expect(event.searchIds).toEqual(["app_1"]);
    expect(event.dedupeKey).toMatch(/^ca:merchant\.something-new:[0-9a-f]{64}$/);
    expect(parseOk({ foo: 1, applicationId: "app_1", createdAt, eventType: "merchant.something-new" }).dedupeKey).toBe(
      event.dedupeKey,
    );
  });
});
