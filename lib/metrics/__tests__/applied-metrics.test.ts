// financing_desk_deliveries_applied_total: counted in the database by every applier path
// (batch, one by one, failed), so any instance's scrape shows what all appliers did, a
// rolled-back batch counts nothing and concurrent appliers count each delivery once.
import { randomUUID } from "node:crypto";

import { beforeAll, beforeEach, describe, expect, it } from "vitest";

import { GET } from "@/app/api/metrics/route";
import { db } from "@/lib/db/client";
import { makeDelivery } from "@/lib/deliveries/__tests__/make-delivery";
import { applyPendingDeliveries } from "@/lib/ingest/apply-pending-deliveries";
import { PEER_ADDRESS_HEADER } from "@/lib/server/forwarded";
import { configureProviders } from "@/test/provider-requests";
import { resetDatabase } from "@/test/reset-database";

import { outcomeCounts } from "./outcome-counts";

const NAME = "financing_desk_deliveries_applied_total";

/** The metric's samples as { outcome: value }, from a real scrape. */
async function appliedTotals(): Promise<Record<string, number>> {
  const response = await GET(
    new Request("http://127.0.0.1/api/metrics", { headers: { [PEER_ADDRESS_HEADER]: "127.0.0.1" } }),
  );
  const text = await response.text();
  expect(text).toContain(`# TYPE ${NAME} counter`);
  const samples = [...text.matchAll(new RegExp(`^${NAME}\\{outcome="([a-z]+)"\\} (\\S+)$`, "gm"))];
  return Object.fromEntries(samples.map((match) => [match[1]!, Number(match[2])]));
}

let minute = 0;
const waiting = (body: object | string) =>
  makeDelivery({
    rawBody: new Uint8Array(Buffer.from(typeof body === "string" ? body : JSON.stringify(body))),
    processing: "RECEIVED",
    eventType: null,
    receivedAt: new Date(Date.parse("2026-11-02T10:00:00Z") + minute++ * 60_000),
  });

const created = (applicationId: string) => ({
  eventType: "application.created",
  createdAt: "2026-11-02T10:00:00Z",
  applicationId,
});

beforeAll(() => configureProviders());
beforeEach(resetDatabase);

describe("deliveries_applied_total", () => {
  it("counts each outcome once, the failing delivery's batch rolled back and applied one by one", async () => {
    expect(await appliedTotals()).toEqual({ applied: 0, duplicate: 0, ignored: 0, invalid: 0, failed: 0 });
    await waiting(created("app_one"));
    await waiting(created("app_one")); // the same event again
    await waiting(created("app_two"));
    await waiting({ ...created("app_three"), eventType: "application.exploded" });
    await waiting("not json at all");
    // A NUL inside a lender's name: readable JSON that PostgreSQL refuses at apply.
    await waiting({
      ...created("app_poison"),
      eventType: "application.approved",
      lenderId: "A",
      lenderName: "L\u0000",
    });

    expect(await applyPendingDeliveries()).toBe(6);
    const byState = await db().delivery.groupBy({ by: ["processing"], _count: true });
    expect(Object.fromEntries(byState.map((s) => [s.processing.toLowerCase(), s._count]))).toEqual({
      applied: 2,
      duplicate: 1,
      ignored: 1,
      invalid: 1,
      failed: 1,
    });
    expect(await appliedTotals()).toEqual({ applied: 2, duplicate: 1, ignored: 1, invalid: 1, failed: 1 });

    // A later batch (no failure: one statement for the batch) adds to the same counts.
    await waiting(created("app_four"));
    await waiting(created("app_five"));
    expect(await applyPendingDeliveries()).toBe(2);
    expect((await appliedTotals()).applied).toBe(4);
  });

  it("three appliers at once count each delivery once", async () => {
    const ids = Array.from({ length: 12 }, () => `app_${randomUUID()}`);
    for (const id of ids) {
      await waiting(created(id));
      await waiting({ ...created(id), eventType: "application.approved", lenderId: "A", amount: 100 });
      await waiting(created(id)); // a duplicate of the first
    }
    const taken = await Promise.all([applyPendingDeliveries(), applyPendingDeliveries(), applyPendingDeliveries()]);
    expect(taken.reduce((a, b) => a + b, 0)).toBe(ids.length * 3);
    expect(await appliedTotals()).toMatchObject({ applied: ids.length * 2, duplicate: ids.length, failed: 0 });
    expect(await outcomeCounts()).toEqual({ APPLIED: ids.length * 2, DUPLICATE: ids.length });
  });
});
