import { beforeAll, beforeEach, describe, expect, it } from "vitest";

import { POST } from "@/app/api/webhooks/chargeafter/route";
import { resetEnvCache } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { getDelivery } from "@/lib/deliveries/get-delivery";
import { purgeDeliveryBodies, runRetentionPurge } from "@/lib/retention/purge-delivery-bodies";
import { caApproval, caRequest, configureProviders } from "@/test/provider-requests";
import { resetDatabase } from "@/test/reset-database";
import { settleDeliveries } from "@/test/settle-deliveries";

beforeAll(() => configureProviders());
beforeEach(resetDatabase);

async function deliver(applicationId: string, daysAgo: number) {
  const answer = (await (await POST(caRequest(caApproval(applicationId)))).json()) as {
    deliveryId: string;
    duplicate?: boolean;
  };
  await settleDeliveries();
  await db().delivery.update({
    where: { id: answer.deliveryId },
    data: { receivedAt: new Date(Date.now() - daysAgo * 86_400_000) },
  });
  return answer;
}

describe("the retention purge", () => {
  it("empties old bodies and their timeline copies only, in batches, keeping ids and metadata", async () => {
    const old = await Promise.all([deliver("app_old_1", 40), deliver("app_old_2", 35), deliver("app_old_3", 31)]);
    const recent = await deliver("app_new", 10);

    expect(await purgeDeliveryBodies({ days: 30, batchSize: 2 })).toBe(3);
    expect(await purgeDeliveryBodies({ days: 30, batchSize: 2 })).toBe(0); // nothing twice

    for (const { deliveryId } of old) {
      const row = await db().delivery.findUniqueOrThrow({ where: { id: deliveryId } });
      expect(row.rawBody.byteLength).toBe(0);
      expect(row.bodyPurgedAt).toBeInstanceOf(Date);
      expect(row).toMatchObject({ processing: "APPLIED", eventType: "application.approved" });
      expect(row.bodyBytes).toBeGreaterThan(0);
      expect(row.searchIds.length).toBeGreaterThan(0);
      expect(await db().deliveryKey.count({ where: { deliveryId } })).toBeGreaterThan(0);
      expect(await db().applicationEvent.findFirst({ where: { deliveryId } })).toMatchObject({ data: null });
    }
    const kept = await db().delivery.findUniqueOrThrow({ where: { id: recent.deliveryId } });
    expect(kept.bodyPurgedAt).toBeNull();
    expect(kept.rawBody.byteLength).toBeGreaterThan(0);
    expect((await db().applicationEvent.findFirst({ where: { deliveryId: recent.deliveryId } }))?.data).not.toBeNull();
  });

  it("still answers a late retry of a purged delivery as a duplicate", async () => {
    const first = await deliver("app_late", 40);
    await purgeDeliveryBodies({ days: 30 });
    const retry = (await (await POST(caRequest(caApproval("app_late")))).json()) as { duplicate?: boolean };
    expect(retry.duplicate).toBe(true);
    await settleDeliveries();
    expect(await db().applicationEvent.count()).toBe(1);
    expect(first.deliveryId).toBeTruthy();
  });

  it("tells the page and the replay that the body was purged", async () => {
    const { deliveryId } = await deliver("app_page", 40);
    await db().delivery.update({ where: { id: deliveryId }, data: { processing: "FAILED" } });
    await purgeDeliveryBodies({ days: 30 });
    const delivery = await getDelivery(deliveryId);
    expect(delivery?.bodyPurgedAt).toBeInstanceOf(Date);
    expect(delivery?.replayRefusal).toMatch(
      /^Its body was purged on .* \(retention, or an erased customer\): nothing is left to replay\.$/,
    );
  });

  it("purges nothing while RETENTION_DAYS is unset, and RETENTION_DAYS old bodies once set", async () => {
    const { deliveryId } = await deliver("app_env", 40);
    delete process.env.RETENTION_DAYS;
    resetEnvCache();
    expect(await runRetentionPurge()).toBe("RETENTION_DAYS is unset: bodies are kept.");
    expect((await db().delivery.findUniqueOrThrow({ where: { id: deliveryId } })).bodyPurgedAt).toBeNull();
    process.env.RETENTION_DAYS = "30";
    resetEnvCache();
    expect(await runRetentionPurge()).toBe("1 delivery body older than 30 days purged.");
    delete process.env.RETENTION_DAYS;
    resetEnvCache();
  });
});
