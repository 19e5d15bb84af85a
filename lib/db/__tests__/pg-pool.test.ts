// The receivers have their own pool: slow work holding every connection of the general
// pool (eight CSV downloads, say) does not keep a delivery from being stored, and a wait
// for a connection that runs out of time ends in an error that says so, never a hang.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { POST } from "@/app/api/webhooks/chargeafter/route";
import { db } from "@/lib/db/client";
import { closePgPool, pgPool, receiverPool } from "@/lib/db/pg-pool";
import { caRequest, configureProviders, sharedFixture } from "@/test/provider-requests";
import { resetDatabase } from "@/test/reset-database";
import { settleDeliveries } from "@/test/settle-deliveries";

const POOLS = {
  DATABASE_POOL_SIZE: "3",
  // Long enough for a new connection on a busy test machine; short enough for a test.
  DATABASE_CONNECT_TIMEOUT_MS: "1000",
  RECEIVER_POOL_SIZE: "2",
  RECEIVER_CONNECT_TIMEOUT_MS: "1000",
};

beforeAll(async () => {
  configureProviders(POOLS);
  await closePgPool(); // the next use opens both pools with these sizes
});
afterAll(async () => {
  configureProviders(Object.fromEntries(Object.keys(POOLS).map((key) => [key, undefined])));
  await closePgPool();
});
beforeEach(resetDatabase);

/** Every connection of the general pool busy for `seconds`, as long downloads would keep them. */
async function holdGeneralPool(seconds: number) {
  const general = pgPool();
  const held = Array.from({ length: 3 }, () => general.query(`SELECT pg_sleep(${seconds})`));
  while (general.totalCount < 3 || general.idleCount > 0) await new Promise((resolve) => setTimeout(resolve, 10));
  return Promise.all(held);
}

const delivery = () => caRequest(sharedFixture("chargeafter", "application.created.json"));

describe("connection pools", () => {
  it("a delivery is received and stored at once while every general connection is busy", async () => {
    const released = holdGeneralPool(5);
    const startedAt = Date.now();
    const response = await POST(delivery());
    expect(response.status).toBe(200);
    expect(Date.now() - startedAt).toBeLessThan(2500);
    const { deliveryId } = (await response.json()) as { deliveryId: string };
    const { rows } = await receiverPool().query(`SELECT id::text FROM "Delivery" WHERE id = $1`, [deliveryId]);
    expect(rows).toEqual([{ id: deliveryId }]);

    // Meanwhile a wait on the general pool, through plain SQL or Prisma, ends in words.
    await expect(pgPool().query("SELECT 1")).rejects.toThrow(
      "No database connection came free within 1000 ms: the general pool's 3 connections stayed busy (raise DATABASE_POOL_SIZE if this is normal load).",
    );
    await expect(db().user.count()).rejects.toThrow(/No database connection came free within 1000 ms/);
    await released;
    await settleDeliveries();
    expect(await db().delivery.count({ where: { processing: "RECEIVED" } })).toBe(0);
  });

  it("when the receivers' own pool stays busy, the wait ends with its reason and the provider gets a 503 to retry", async () => {
    const held = await Promise.all([receiverPool().connect(), receiverPool().connect()]);
    try {
      await expect(receiverPool().query("SELECT 1")).rejects.toMatchObject({
        code: "POOL_TIMEOUT",
        message:
          "No database connection came free within 1000 ms: the receivers pool's 2 connections stayed busy (raise RECEIVER_POOL_SIZE if this is normal load).",
      });
      const startedAt = Date.now();
      const response = await POST(delivery());
      expect(response.status).toBe(503);
      expect(Date.now() - startedAt).toBeLessThan(4000);
    } finally {
      for (const client of held) client.release();
    }
    expect((await POST(delivery())).status).toBe(200);
    await settleDeliveries();
  });
});
