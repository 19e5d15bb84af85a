// canReplay: one rule for the delivery's page, "replay all" and the replay actions.
import { describe, expect, it } from "vitest";

import { canReplay, replayRefusal, type ReplayCandidate } from "@/lib/deliveries/can-replay";

const body = (value: object | string) =>
  new Uint8Array(Buffer.from(typeof value === "string" ? value : JSON.stringify(value)));
const approved = { eventType: "application.approved", createdAt: "2026-11-02T15:00:00Z", applicationId: "a1" };
const delivery = (fields: Partial<ReplayCandidate>): ReplayCandidate => ({
  provider: "CHARGEAFTER",
  verification: "VERIFIED",
  processing: "FAILED",
  contentType: "application/json",
  receivedAt: new Date("2026-11-02T15:00:00Z"),
  ...fields,
});

describe("canReplay", () => {
  it("allows what failed while applied, or waits to be applied", () => {
    expect(canReplay(delivery({ processing: "FAILED" }))).toBe(true);
    expect(canReplay(delivery({ processing: "RECEIVED" }))).toBe(true);
  });

  it("refuses what was never verified: the replay would be refused again", () => {
    const rejected = delivery({ verification: "INVALID", processing: "REJECTED", rawBody: body(approved) });
    expect(canReplay(rejected)).toBe(false);
    expect(replayRefusal(rejected)).toBe(
      "It was not verified when it arrived (wrong): a replay would be refused again.",
    );
    expect(canReplay(delivery({ verification: "NOT_CHECKED", processing: "INVALID", rawBody: body(approved) }))).toBe(
      false,
    );
  });

  it("refuses what has nothing to apply", () => {
    expect(replayRefusal(delivery({ processing: "APPLIED" }))).toBe("It was applied already.");
    expect(canReplay(delivery({ processing: "DUPLICATE" }))).toBe(false);
  });

  it("allows an unreadable one only when today's parser reads it; an ignored one always (how an upgrade applies it)", () => {
    expect(canReplay(delivery({ processing: "INVALID", rawBody: body(approved) }))).toBe(true);
    const broken = delivery({ processing: "INVALID", rawBody: body("{not json") });
    expect(replayRefusal(broken)).toBe("Today's parser cannot read it either (body is not valid JSON).");
    expect(canReplay(delivery({ processing: "INVALID" }))).toBe(false); // no body to check
    expect(canReplay(delivery({ processing: "IGNORED", rawBody: body({ ...approved, eventType: "x.new" }) }))).toBe(
      true,
    );
  });
});
