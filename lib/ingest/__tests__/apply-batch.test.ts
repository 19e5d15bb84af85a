import { beforeAll, beforeEach, describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { applyPendingDeliveries } from "@/lib/ingest/apply-pending-deliveries";
import { processDelivery } from "@/lib/ingest/process-delivery";
import { configureProviders } from "@/test/provider-requests";
import { resetDatabase } from "@/test/reset-database";

import { domainState, storeMix, unapply } from "./applier-mix";

beforeAll(() => configureProviders());
beforeEach(resetDatabase);

const waitingIds = async () =>
  (
    await db().delivery.findMany({
      where: { processing: "RECEIVED" },
      orderBy: [{ receivedAt: "asc" }, { id: "asc" }],
      select: { id: true },
    })
  ).map((d) => d.id);

describe("applying a batch set-based", () => {
  it("ends where applying each delivery alone ends: duplicates, out-of-order statuses, carts promoted once", async () => {
    await storeMix(6);
    // The reference: each delivery in its own transaction, its own lock and link step.
    await unapply();
    for (const id of await waitingIds()) await processDelivery(id);
    const oneByOne = await domainState();
    expect(oneByOne.orders).toHaveLength(6);
    expect(oneByOne.orders.filter((o) => o.status === "ON_HOLD")).toHaveLength(2);
    expect(oneByOne.deliveries.filter((d) => d.processing === "DUPLICATE")).toHaveLength(6);
    const ca = oneByOne.applications.find((a) => a.externalId === "app_mix_0")!;
    // The approval (10:20) outranks the older prequalification that arrived after it.
    expect(ca.lenders.find((l) => l.lenderId === "A")?.status).toBe("APPROVED");

    await unapply();
    const applied = await Promise.all([applyPendingDeliveries(), applyPendingDeliveries()]);
    expect(applied.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(oneByOne.deliveries.length - 6);
    expect(await domainState()).toEqual(oneByOne);
  });

  it("two appliers on one database apply a 1,000-delivery mix without deadlocks, every delivery once", async () => {
    await storeMix(140);
    await unapply();
    const waiting = (await waitingIds()).length;
    expect(waiting).toBeGreaterThanOrEqual(1000);
    await Promise.all([applyPendingDeliveries(), applyPendingDeliveries()]);
    expect(await db().delivery.count({ where: { processing: "RECEIVED" } })).toBe(0);
    expect(await db().delivery.count({ where: { processing: "APPLIED" } })).toBe(waiting);
    // Once each: one timeline row per applied delivery, one order per cart.
    const events = await db().applicationEvent.groupBy({ by: ["deliveryId"], _count: true });
    expect(events).toHaveLength(waiting);
    expect(events.every((e) => e._count === 1)).toBe(true);
    expect(await db().order.count()).toBe(140);
  }, 300_000);
});
