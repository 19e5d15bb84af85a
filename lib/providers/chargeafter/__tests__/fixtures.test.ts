// Every shared ChargeAfter webhook fixture parses to the expected effect.
import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";

import { fixtureNames, parse, readFixture, receivedAt } from "./helpers";

// Not webhook bodies: merchant API responses.
const notWebhooks = ["fundings-report.json", "application-status.json"];

const expected: Record<
  string,
  { eventType: string; effect: Record<string, unknown>; dedupeKey: string; searchIds: string[] }
> = {
  "application.created.json": {
    eventType: "application.created",
    effect: {
      kind: "application",
      externalId: "app_7Hq2LmP9",
      status: "CREATED",
      occurredAt: new Date("2026-11-02T15:04:05.000Z"),
    },
    dedupeKey: "ca:application.created:app_7Hq2LmP9:-:2026-11-02T15:04:05.000Z",
    searchIds: ["app_7Hq2LmP9"],
  },
  "application.prequalified.json": {
    eventType: "application.prequalified",
    effect: { kind: "application", status: "PREQUALIFIED", lenderId: "lender_finara", amount: new Decimal("1500") },
    dedupeKey: "ca:application.prequalified:app_7Hq2LmP9:lender_finara:2026-11-02T15:06:10.000Z",
    searchIds: ["app_7Hq2LmP9", "lender_finara"],
  },
  "application.pending-lender.json": {
    eventType: "application.pending-lender",
    effect: { kind: "application", status: "PENDING", lenderId: "lender_finara", reason: "Manual review" },
    dedupeKey: "ca:application.pending-lender:app_7Hq2LmP9:lender_finara:2026-11-02T15:07:00.000Z",
    searchIds: ["app_7Hq2LmP9", "lender_finara"],
  },
  "application.declined.json": {
    eventType: "application.declined",
    effect: { kind: "application", externalId: "app_Dq81xYz2", status: "DECLINED", lenderId: "lender_acme" },
    dedupeKey: "ca:application.declined:app_Dq81xYz2:lender_acme:2026-11-02T15:08:12.000Z",
    searchIds: ["app_Dq81xYz2", "lender_acme"],
  },
  "application.approved.json": {
    eventType: "application.approved",
    effect: { kind: "application", status: "APPROVED", lenderId: "lender_finara", amount: new Decimal("1299.99") },
    dedupeKey: "ca:application.approved:app_7Hq2LmP9:lender_finara:2026-11-02T15:09:41.000Z",
    searchIds: ["app_7Hq2LmP9", "lender_finara"],
  },
  "application.checkout-confirmed.json": {
    eventType: "application.checkout-confirmed",
    effect: {
      kind: "application",
      status: "CONFIRMED",
      lenderId: "lender_finara",
      amount: new Decimal("1299.99"),
      tokens: { accountId: "acct_55Kx", confirmationToken: "ctok_9f8e7d" },
      occurredAt: new Date("2026-11-02T15:12:30.000Z"),
    },
    dedupeKey: "ca:application.checkout-confirmed:app_7Hq2LmP9:lender_finara:2026-11-02T15:12:30.000Z",
    searchIds: ["app_7Hq2LmP9", "lender_finara", "acct_55Kx", "ctok_9f8e7d"],
  },
  "consumer-confirmation.json": {
    eventType: "consumer.confirmation",
    effect: {
      kind: "application",
      externalId: "app_7Hq2LmP9",
      occurredAt: receivedAt,
      tokens: {
        accountToken: "atok_3c2b1a",
        confirmationToken: "ctok_9f8e7d",
        linkId: "lnk_42",
        consumerId: "cons_9001",
      },
    },
    dedupeKey: "ca:consumer.confirmation:app_7Hq2LmP9:ctok_9f8e7d",
    searchIds: ["app_7Hq2LmP9", "ctok_9f8e7d", "atok_3c2b1a", "lnk_42", "cons_9001"],
  },
  "disputes.created.json": {
    eventType: "disputes.created",
    effect: {
      kind: "dispute",
      disputeId: "dsp_1001",
      lenderDisputeId: "LND-88231",
      lenderId: "lender_finara",
      status: "OPEN",
      occurredAt: new Date("2026-11-10T09:00:00.000Z"),
    },
    dedupeKey: "ca:disputes.created:dsp_1001:lender_finara:2026-11-10T09:00:00.000Z",
    searchIds: ["lender_finara", "dsp_1001", "LND-88231"],
  },
  "disputes.resolved.json": {
    eventType: "disputes.resolved",
    effect: { kind: "dispute", disputeId: "dsp_1001", lenderDisputeId: "LND-88231", status: "RESOLVED" },
    dedupeKey: "ca:disputes.resolved:dsp_1001:-:2026-11-18T17:45:00.000Z",
    searchIds: ["dsp_1001", "LND-88231"],
  },
};

describe("shared ChargeAfter fixtures", () => {
  const webhookFixtures = fixtureNames().filter((name) => !notWebhooks.includes(name));

  it("has an expectation for every webhook fixture", () => {
    expect(webhookFixtures.sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(webhookFixtures)("%s", (name) => {
    const raw = readFixture(name);
    const result = parse(raw);
    if (!result.ok) expect.fail(result.error);
    const want = expected[name]!;
    expect(result.event.eventType).toBe(want.eventType);
    expect(result.event.dedupeKey).toBe(want.dedupeKey);
    expect(result.event.searchIds).toEqual(want.searchIds);
    expect(result.event.effect).toMatchObject({ provider: "CHARGEAFTER", ...want.effect });
    // The whole body is kept as the event's data.
    expect(result.event.effect).toHaveProperty("data", JSON.parse(raw.toString("utf8")));
  });
});
