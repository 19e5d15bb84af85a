// Automatic retries of a delivery whose apply failed for a transient reason. The lock is real:
// another connection holds the application's row, and the domain step runs with a short
// lock_timeout (the only thing the test double adds), so PostgreSQL itself refuses with 55P03.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import { db } from "@/lib/db/client";
import { pgPool } from "@/lib/db/pg-pool";
import { makeDelivery } from "@/lib/deliveries/__tests__/make-delivery";
import type * as RecordDeliveryFailed from "@/lib/events/record-delivery-failed";
import type * as ApplyDelivery from "@/lib/ingest/apply-delivery";
import { applyPendingDeliveries } from "@/lib/ingest/apply-pending-deliveries";
import { MAX_APPLY_ATTEMPTS } from "@/lib/ingest/delivery-retry-schedule";
import { processEachDelivery } from "@/lib/ingest/process-delivery";
import { outcomeCounts } from "@/lib/metrics/__tests__/outcome-counts";
import { configureProviders } from "@/test/provider-requests";
import { resetDatabase } from "@/test/reset-database";

const failures = vi.hoisted(() => ({ recordingFails: false }));

vi.mock("@/lib/ingest/apply-delivery", async (importOriginal) => {
  const real = await importOriginal<typeof ApplyDelivery>();
  return {
    ...real,
    applyDelivery: async (...args: Parameters<typeof real.applyDelivery>) => {
      await args[0].$executeRaw`SET LOCAL lock_timeout = '150ms'`;
      return real.applyDelivery(...args);
    },
  };
});

vi.mock("@/lib/events/record-delivery-failed", async (importOriginal) => {
  const real = await importOriginal<typeof RecordDeliveryFailed>();
  return {
    recordDeliveryFailed: async (...args: Parameters<typeof real.recordDeliveryFailed>) => {
      if (failures.recordingFails) throw new Error("the event store is broken");
      return real.recordDeliveryFailed(...args);
    },
  };
});

const body = (eventType: string, applicationId: string, extra: Record<string, unknown> = {}) =>
  new Uint8Array(
    Buffer.from(
      JSON.stringify({
        eventType,
        createdAt: "2026-11-02T10:00:00Z",
        applicationId,
        lenderId: "A",
        amount: 100,
        ...extra,
      }),
    ),
  );

const waiting = (eventType: string, applicationId: string, extra: Record<string, unknown> = {}) =>
  makeDelivery({
    rawBody: body(eventType, applicationId, extra),
    processing: "RECEIVED",
    eventType: null,
    receivedAt: new Date(),
  });

const read = (id: string) => db().delivery.findUniqueOrThrow({ where: { id } });
const failedEvents = () => db().outboundEvent.count({ where: { type: "delivery.failed" } });
const makeDue = (id: string) =>
  db().$executeRaw`UPDATE "Delivery" SET "nextApplyAt" = now() - interval '1 second' WHERE id = ${id}::uuid`;

/** An applied application whose row another connection then holds locked until release(). */
async function lockedApplication(externalId: string) {
  await waiting("application.created", externalId);
  expect(await applyPendingDeliveries()).toBe(1);
  const holder = await pgPool().connect();
  await holder.query("BEGIN");
  await holder.query(`SELECT 1 FROM "Application" WHERE "externalId" = $1 FOR UPDATE`, [externalId]);
  let held = true;
  const release = async () => {
    if (!held) return;
    held = false;
    await holder.query("ROLLBACK");
    holder.release();
  };
  releases.push(release);
  return release;
}

const releases: (() => Promise<void>)[] = [];

beforeAll(() => configureProviders());
beforeEach(async () => {
  failures.recordingFails = false;
  await resetDatabase();
});
afterEach(async () => {
  for (const release of releases.splice(0)) await release();
});

describe("automatic retries of a failed apply", () => {
  it("a lock timeout is retried with backoff, not taken before it is due, then applied; the attempts are counted", async () => {
    const release = await lockedApplication("app_locked");
    const { id } = await waiting("application.approved", "app_locked");

    const before = Date.now();
    expect(await applyPendingDeliveries()).toBe(1);
    const first = await read(id);
    expect(first).toMatchObject({ processing: "RECEIVED", applyAttempts: 1, processingError: null });
    expect(first.lastApplyError).toMatch(/lock timeout/);
    expect(first.nextApplyAt!.getTime() - before).toBeGreaterThanOrEqual(900);
    expect(first.nextApplyAt!.getTime() - Date.now()).toBeLessThanOrEqual(1_000);

    // Not due yet: the pick leaves it alone.
    expect(await applyPendingDeliveries()).toBe(0);
    expect((await read(id)).applyAttempts).toBe(1);

    await makeDue(id);
    const second = Date.now();
    expect(await applyPendingDeliveries()).toBe(1);
    const retried = await read(id);
    expect(retried).toMatchObject({ processing: "RECEIVED", applyAttempts: 2 });
    expect(retried.nextApplyAt!.getTime() - second).toBeGreaterThanOrEqual(4_500);

    await release();
    await makeDue(id);
    expect(await applyPendingDeliveries()).toBe(1);
    const applied = await read(id);
    expect(applied).toMatchObject({
      processing: "APPLIED",
      applyAttempts: 2,
      processingError: null,
      nextApplyAt: null,
    });
    expect(await db().application.findFirstOrThrow({ where: { externalId: "app_locked" } })).toMatchObject({
      status: "APPROVED",
    });
    expect(await failedEvents()).toBe(0);
  });

  it(`after ${MAX_APPLY_ATTEMPTS} attempts it is FAILED "after N attempts", with one delivery.failed event`, async () => {
    await lockedApplication("app_stuck");
    const { id } = await waiting("application.approved", "app_stuck");
    for (let attempt = 1; attempt <= MAX_APPLY_ATTEMPTS; attempt++) {
      await makeDue(id);
      expect(await applyPendingDeliveries()).toBe(1);
      const row = await read(id);
      expect([row.applyAttempts, row.processing]).toEqual([
        attempt,
        attempt < MAX_APPLY_ATTEMPTS ? "RECEIVED" : "FAILED",
      ]);
    }
    const failed = await read(id);
    expect(failed.processingError).toMatch(
      new RegExp(`^Gave up after ${MAX_APPLY_ATTEMPTS} attempts: .*lock timeout`, "s"),
    );
    expect(failed.nextApplyAt).toBeNull();
    expect(failed.processedAt).not.toBeNull();
    expect(await applyPendingDeliveries()).toBe(0);
    expect(await failedEvents()).toBe(1);
    expect(await outcomeCounts()).toEqual({ APPLIED: 1, FAILED: 1 });
    const event = await db().outboundEvent.findFirstOrThrow({ where: { type: "delivery.failed" } });
    expect(event.data).toMatchObject({ delivery_id: id, error: expect.stringMatching(/^Gave up after/) });
  });

  it("a permanent failure is FAILED at once with its reason and one delivery.failed event", async () => {
    // A NUL inside a lender's name: readable JSON that PostgreSQL refuses at apply, every time.
    const { id } = await waiting("application.approved", "app_poison", { lenderName: "Lender\u0000A" });
    expect(await applyPendingDeliveries()).toBe(1);
    const failed = await read(id);
    expect(failed).toMatchObject({ processing: "FAILED", applyAttempts: 0, nextApplyAt: null, lastApplyError: null });
    expect(failed.processingError).toMatch(/0x00|\\u0000|unicode|null character/i);
    expect(failed.processingError).not.toMatch(/attempts/);
    expect(await failedEvents()).toBe(1);
  });

  it("a retry scheduled for later is left waiting while newer deliveries are applied", async () => {
    const later = await waiting("application.created", "app_later");
    await db().delivery.update({
      where: { id: later.id },
      data: { applyAttempts: 3, lastApplyError: "deadlock detected", nextApplyAt: new Date(Date.now() + 600_000) },
    });
    const fresh = await waiting("application.created", "app_fresh");
    expect(await applyPendingDeliveries()).toBe(1);
    expect((await read(fresh.id)).processing).toBe("APPLIED");
    expect(await read(later.id)).toMatchObject({ processing: "RECEIVED", applyAttempts: 3 });
    await makeDue(later.id);
    expect(await applyPendingDeliveries()).toBe(1);
    expect((await read(later.id)).processing).toBe("APPLIED");
  });
});

describe("the applier never stops for one bad delivery", () => {
  it("applies the good ones of a batch even when recording the bad one's failure crashes", async () => {
    failures.recordingFails = true;
    const good1 = await waiting("application.created", "app_good_1");
    const poison = await waiting("application.approved", "app_bad", { lenderName: "Lender\u0000A" });
    const good2 = await waiting("application.created", "app_good_2");
    expect(await applyPendingDeliveries()).toBe(3);
    expect((await read(good1.id)).processing).toBe("APPLIED");
    expect((await read(good2.id)).processing).toBe("APPLIED");
    const failed = await read(poison.id);
    expect(failed.processing).toBe("FAILED");
    expect(failed.processingError).toMatch(/0x00|\\u0000|unicode|null character/i);
    // Left the queue: the next pass has nothing to take.
    expect(await applyPendingDeliveries()).toBe(0);
    expect(await outcomeCounts()).toEqual({ APPLIED: 2, FAILED: 1 });
  });

  it("the one-by-one path goes on past a delivery that crashes it", async () => {
    const good = await waiting("application.created", "app_after_crash");
    await expect(processEachDelivery(["not-a-uuid", good.id])).resolves.toBeUndefined();
    expect((await read(good.id)).processing).toBe("APPLIED");
  });
});
