import { beforeAll, beforeEach, describe, expect, it } from "vitest";

import { POST } from "@/app/api/webhooks/chargeafter/route";
import { db } from "@/lib/db/client";
import { applyPendingDeliveries, deliveryApplierIdle } from "@/lib/ingest/apply-pending-deliveries";
import { caRequest, configureProviders } from "@/test/provider-requests";
import { resetDatabase } from "@/test/reset-database";

beforeAll(() => configureProviders());
beforeEach(resetDatabase);

describe("applyPendingDeliveries", () => {
  it("several workers at once (as several app instances) apply each delivery once and agree on the result", async () => {
    const lenders = ["A", "B", "C", "D", "E"];
    const bodies = lenders.flatMap((lenderId, i) => [
      {
        eventType: "application.prequalified",
        createdAt: `2026-11-02T10:0${i}:00Z`,
        applicationId: "app_conc",
        lenderId,
        amount: 1000 + i,
      },
      {
        eventType: i === 3 ? "application.approved" : "application.declined",
        createdAt: `2026-11-02T10:1${i}:00Z`,
        applicationId: "app_conc",
        lenderId,
        amount: 900,
      },
    ]);
    // Store without the in-process loop racing us: mark them waiting again afterwards.
    for (const body of bodies) expect((await POST(caRequest(body))).status).toBe(200);
    await deliveryApplierIdle();
    await db().$transaction([
      db().applicationEvent.deleteMany(),
      db().lenderOutcome.deleteMany(),
      db().delivery.updateMany({ data: { processing: "RECEIVED", applicationId: null } }),
      db().application.deleteMany(),
    ]);

    const applied = await Promise.all([applyPendingDeliveries(), applyPendingDeliveries(), applyPendingDeliveries()]);
    expect(applied.reduce((a, b) => a + b, 0)).toBe(bodies.length);
    const app = await db().application.findFirstOrThrow({
      include: { lenders: true, _count: { select: { events: true } } },
    });
    expect(app._count.events).toBe(bodies.length);
    expect([app.status, app.lenderId, app.approvedAmount?.toFixed(2)]).toEqual(["APPROVED", "D", "900.00"]);
    expect(app.lenders.filter((l) => l.status === "DECLINED")).toHaveLength(4);
    expect(await db().delivery.count({ where: { processing: "APPLIED" } })).toBe(bodies.length);
  });

  it("one delivery that cannot be applied is recorded as failed; the rest of its batch is applied", async () => {
    const good = (n: number) => ({
      eventType: "application.created",
      createdAt: `2026-11-02T10:00:0${n}Z`,
      applicationId: `app_ok_${n}`,
    });
    // A NUL inside a lender's name: readable JSON, but PostgreSQL text and jsonb refuse it at apply.
    const poison = {
      eventType: "application.approved",
      createdAt: "2026-11-02T10:00:05Z",
      applicationId: "app_poison",
      lenderId: "A",
      lenderName: "Lender\u0000A",
      amount: 100,
    };
    for (const body of [good(1), good(2), poison, good(3)]) expect((await POST(caRequest(body))).status).toBe(200);
    await deliveryApplierIdle();
    await applyPendingDeliveries();
    const byState = await db().delivery.groupBy({ by: ["processing"], _count: true, orderBy: { processing: "asc" } });
    expect(byState.map((s) => [s.processing, s._count])).toEqual([
      ["APPLIED", 3],
      ["FAILED", 1],
    ]);
    const failed = await db().delivery.findFirstOrThrow({ where: { processing: "FAILED" } });
    expect(failed.processingError).toMatch(/0x00|\\u0000|unicode|null character/i);
    expect(await db().application.count()).toBe(3);
  });
});
