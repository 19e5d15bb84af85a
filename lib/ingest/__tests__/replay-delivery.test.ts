import { beforeAll, beforeEach, describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import type { Processing, Verification } from "@/lib/db/generated/enums";
import { replayDelivery } from "@/lib/ingest/replay-delivery";
import { configureProviders } from "@/test/provider-requests";
import { resetDatabase } from "@/test/reset-database";

const admin = { id: null, email: "admin@example.com" };
const approved = (applicationId: string, createdAt = "2026-11-02T15:09:41.000Z") =>
  JSON.stringify({
    eventType: "application.approved",
    createdAt,
    applicationId,
    lenderId: "lender_finara",
    amount: 1299.99,
  });

function storedDelivery(body: string, processing: Processing, verification: Verification = "VERIFIED") {
  return db().delivery.create({
    data: {
      provider: "CHARGEAFTER",
      endpoint: "/api/webhooks/chargeafter",
      contentType: "application/json",
      headers: {},
      rawBody: Buffer.from(body),
      bodyBytes: body.length,
      verification,
      responseStatus: verification === "VERIFIED" ? 200 : 401,
      processing,
      processingError: processing === "FAILED" ? "boom" : null,
    },
  });
}

beforeAll(() => configureProviders());
beforeEach(resetDatabase);

describe("replayDelivery", () => {
  it("applies a delivery stored as an unknown type once the parser knows it, once only, and audits each replay", async () => {
    const delivery = await storedDelivery(approved("app_r1"), "IGNORED");
    expect(await replayDelivery(delivery.id, admin)).toMatchObject({ outcome: "applied", processing: "APPLIED" });
    const app = await db().application.findFirstOrThrow({ include: { events: true } });
    expect(app).toMatchObject({ externalId: "app_r1", status: "APPROVED" });
    expect(app.events.map((e) => e.deliveryId)).toEqual([delivery.id]);

    expect(await replayDelivery(delivery.id, admin)).toMatchObject({
      outcome: "unchanged",
      reason: "It was applied already.",
    });
    expect(await db().applicationEvent.count()).toBe(1);
    const after = await db().delivery.findUniqueOrThrow({ where: { id: delivery.id } });
    expect([after.processing, after.replayCount, after.applicationId]).toEqual(["APPLIED", 2, app.id]);
    expect(after.eventType).toBe("application.approved");
    const audit = await db().auditLog.findMany({
      where: { action: "delivery.replay", targetId: delivery.id },
      orderBy: { at: "asc" },
    });
    expect(audit.map((a) => (a.details as { outcome: string }).outcome)).toEqual(["applied", "unchanged"]);
  });

  it("applies a delivery that failed processing", async () => {
    const delivery = await storedDelivery(approved("app_r2"), "FAILED");
    expect(await replayDelivery(delivery.id, admin)).toMatchObject({ outcome: "applied" });
    expect((await db().delivery.findUniqueOrThrow({ where: { id: delivery.id } })).processingError).toBeNull();
  });

  it("refuses a delivery that failed verification when it arrived", async () => {
    const delivery = await storedDelivery(approved("app_r3"), "REJECTED", "INVALID");
    expect(await replayDelivery(delivery.id, admin)).toMatchObject({ outcome: "refused" });
    expect(await db().application.count()).toBe(0);
    expect(await db().auditLog.count({ where: { action: "delivery.replay" } })).toBe(1);
  });

  it("a replayed event that another delivery already applied becomes its duplicate", async () => {
    const first = await storedDelivery(approved("app_r4"), "RECEIVED");
    const second = await storedDelivery(approved("app_r4"), "FAILED");
    await replayDelivery(first.id, admin);
    expect(await replayDelivery(second.id, admin)).toMatchObject({ outcome: "duplicate" });
    expect((await db().delivery.findUniqueOrThrow({ where: { id: second.id } })).duplicateOfId).toBe(first.id);
    expect(await db().applicationEvent.count()).toBe(1);
  });

  it("still reads a body that cannot be parsed as invalid, and says so", async () => {
    const delivery = await storedDelivery("{oops", "INVALID");
    const result = await replayDelivery(delivery.id, admin);
    expect(result).toMatchObject({ outcome: "invalid" });
    expect("error" in result && result.error).toBeTruthy();
  });
});
