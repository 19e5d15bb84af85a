// Dispute facts from ChargeAfter's dispute webhooks: read liberally (strings, numbers,
// missing, unreadable), applied exactly, each field remembering where it came from.
import { beforeEach, describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { applyDisputeEvent } from "@/lib/disputes/apply-dispute-event";
import { readFieldSources } from "@/lib/disputes/dispute-facts";
import { disputeDetailsSchema, updateDisputeDetails } from "@/lib/disputes/update-dispute-details";
import type { DisputeEffect, NormalisedEvent } from "@/lib/ingest/types";
import { parseOk, readFixture } from "@/lib/providers/chargeafter/__tests__/helpers";
import { resetDatabase } from "@/test/reset-database";

const created = {
  eventType: "disputes.created",
  createdAt: "2026-11-10T09:00:00.000Z",
  disputeId: "dsp_facts",
  lenderDisputeId: "LND-1",
  lenderId: "lender_finara",
};

const effectOf = (event: NormalisedEvent) => event.effect as DisputeEffect & { facts?: Record<string, unknown> };

describe("reading the facts a dispute body carries", () => {
  it("reads none from the documented bodies (the shared fixtures)", () => {
    const event = parseOk(readFixture("disputes.created.json"));
    expect(effectOf(event).facts).toBeUndefined();
    expect(event.flags).toBeUndefined();
  });

  it("reads an amount sent as a string or a number, exactly, and the other facts", () => {
    const asString = effectOf(
      parseOk({ ...created, amount: "1234.50", reason: "Item not received", responseDueDate: "2026-11-24" }),
    );
    expect(asString.facts).toMatchObject({ reason: "Item not received", responseDue: { day: "2026-11-24" } });
    expect(String(asString.facts?.amount)).toBe("1234.5");
    const asNumber = effectOf(parseOk({ ...created, disputeAmount: 99.99, dueDate: "2026-11-24T17:00:00-05:00" }));
    expect(String(asNumber.facts?.amount)).toBe("99.99");
    expect(asNumber.facts?.responseDue).toEqual({ at: new Date("2026-11-24T22:00:00.000Z") });
    const outcome = effectOf(parseOk({ ...created, eventType: "disputes.resolved", resolution: "Merchant won" }));
    expect(outcome.facts).toEqual({ outcome: "Merchant won" });
  });

  it("rounds float noise to cents and flags it", () => {
    const event = parseOk({ ...created, amount: 1234.5600000000002 });
    expect(String(effectOf(event).facts?.amount)).toBe("1234.56");
    expect(event.flags).toEqual(["amount-rounded"]);
  });

  it("never refuses the event for an odd fact: unreadable ones are flagged and left out, blanks are absent", () => {
    const event = parseOk({ ...created, amount: "lots", responseDueDate: "2026-02-30", reason: "  ", outcome: null });
    expect(effectOf(event).facts).toBeUndefined();
    expect(event.flags).toEqual(["dispute-field-unreadable"]);
    const negative = parseOk({ ...created, amount: -5, dueDate: 20261124 });
    expect(effectOf(negative).facts).toBeUndefined();
    expect(negative.flags).toEqual(["dispute-field-unreadable"]);
    expect(effectOf(parseOk({ ...created, reason: 4853 })).facts).toEqual({ reason: "4853" });
  });
});

describe("applying them", () => {
  beforeEach(resetDatabase);

  const apply = (body: object) => {
    const event = parseOk(body);
    return db().$transaction((tx) => applyDisputeEvent(tx, effectOf(event), event.eventType, null));
  };
  const stored = (disputeId: string) =>
    db().dispute.findUniqueOrThrow({
      where: { id: disputeId },
      select: { amount: true, reason: true, responseDueAt: true, outcome: true, fieldSources: true },
    });

  it("stores them with the event each came from; a due day ends in APP_TIMEZONE (UTC here)", async () => {
    const { disputeId } = await apply({ ...created, amount: "250.00", reason: "Fraud", responseDueDate: "2026-11-24" });
    const dispute = await stored(disputeId);
    expect(dispute).toMatchObject({ reason: "Fraud", outcome: null });
    expect(dispute.amount?.toFixed(2)).toBe("250.00");
    expect(dispute.responseDueAt).toEqual(new Date("2026-11-24T23:59:59.999Z"));
    expect(readFieldSources(dispute.fieldSources).amount).toEqual({
      by: "provider",
      at: "2026-11-10T09:00:00.000Z",
      event: "disputes.created",
    });
  });

  it("keeps what a later event said when an earlier one arrives after it, and leaves other fields alone", async () => {
    const later = { ...created, eventType: "disputes.lender.updated", createdAt: "2026-11-12T09:00:00.000Z" };
    const { disputeId } = await apply({ ...later, amount: "300.00" });
    await apply({ ...created, amount: "250.00", reason: "Fraud" });
    const dispute = await stored(disputeId);
    expect(dispute.amount?.toFixed(2)).toBe("300.00");
    expect(dispute.reason).toBe("Fraud");
  });

  it("an event without facts changes none", async () => {
    const { disputeId } = await apply({ ...created, amount: "250.00" });
    await apply({ ...created, eventType: "disputes.resolved", createdAt: "2026-11-18T09:00:00.000Z" });
    expect((await stored(disputeId)).amount?.toFixed(2)).toBe("250.00");
  });

  it("a staff entry stands against events from before it; an event after it wins", async () => {
    const { disputeId } = await apply({ ...created, amount: "250.00" });
    const staff = { id: null, email: "sam@x.test" };
    const entered = disputeDetailsSchema.parse({
      id: disputeId,
      amount: "240.00",
      reason: "",
      responseDueOn: "",
      outcome: "",
      resolutionNote: "",
    });
    await updateDisputeDetails(entered, staff, { timeZone: "UTC", now: new Date("2026-11-11T09:00:00Z") });
    await apply({ ...created, amount: "250.00" }); // the replay of an event from before the entry
    expect((await stored(disputeId)).amount?.toFixed(2)).toBe("240.00");
    await apply({
      ...created,
      eventType: "disputes.lender.updated",
      createdAt: "2026-11-12T09:00:00.000Z",
      amount: "260",
    });
    const dispute = await stored(disputeId);
    expect(dispute.amount?.toFixed(2)).toBe("260.00");
    expect(readFieldSources(dispute.fieldSources).amount).toMatchObject({
      by: "provider",
      event: "disputes.lender.updated",
    });
  });
});
