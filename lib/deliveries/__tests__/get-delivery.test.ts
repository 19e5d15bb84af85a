import { beforeEach, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { findReplayableDeliveryIds } from "@/lib/deliveries/find-replayable-delivery-ids";
import { getDelivery } from "@/lib/deliveries/get-delivery";
import { readDeliveryFilters } from "@/lib/deliveries/read-delivery-filters";
import { itIsNullForIdsOfNoRow } from "@/test/bad-ids";
import { resetDatabase } from "@/test/reset-database";

import { makeDelivery } from "./make-delivery";

beforeEach(resetDatabase);

itIsNullForIdsOfNoRow(getDelivery);

it("returns headers, body, duplicates and the audit entries about it", async () => {
  const original = await makeDelivery({
    headers: { "x-b": "2", authorization: "***", "content-type": "application/json" },
  });
  const duplicate = await makeDelivery({
    processing: "DUPLICATE",
    duplicateOfId: original.id,
    receivedAt: new Date("2026-11-02T15:05:00Z"),
  });
  await db().auditLog.create({
    data: {
      actorEmail: "admin@x.test",
      action: "delivery.replay",
      targetType: "delivery",
      targetId: original.id,
      details: { outcome: "unchanged" },
    },
  });
  await db().auditLog.create({
    data: { actorEmail: "admin@x.test", action: "delivery.replay", targetType: "delivery", targetId: duplicate.id },
  });

  const detail = await getDelivery(original.id);
  expect(detail?.headers).toEqual([
    ["authorization", "***"],
    ["content-type", "application/json"],
    ["x-b", "2"],
  ]);
  expect(Buffer.from(detail!.rawBody).toString()).toContain("application.created");
  expect(detail?.duplicates.map((d) => d.id)).toEqual([duplicate.id]);
  expect(detail?.audit).toHaveLength(1);
  expect((await getDelivery(duplicate.id))?.duplicateOf?.id).toBe(original.id);
});

it("finds the verified failed, invalid and ignored deliveries of a filter for a bulk replay, oldest first, capped", async () => {
  const at = (m: number) => new Date(Date.UTC(2026, 10, 2, 15, m));
  // Invalid ones count only when today's parser reads them (canReplay).
  const readable = new Uint8Array(
    Buffer.from(
      JSON.stringify({ eventType: "application.created", createdAt: "2026-11-02T15:00:00Z", applicationId: "a1" }),
    ),
  );
  const failed = await makeDelivery({ processing: "FAILED", receivedAt: at(3) });
  const ignored = await makeDelivery({ processing: "IGNORED", receivedAt: at(1) });
  const invalid = await makeDelivery({
    processing: "INVALID",
    responseStatus: 400,
    receivedAt: at(2),
    rawBody: readable,
  });
  await makeDelivery({
    processing: "INVALID",
    responseStatus: 400,
    receivedAt: at(2),
    rawBody: new Uint8Array([0x7b]),
  });
  await makeDelivery({ processing: "REJECTED", verification: "INVALID", responseStatus: 401, receivedAt: at(0) });
  await makeDelivery({ processing: "INVALID", verification: "NOT_CHECKED", responseStatus: 413, receivedAt: at(0) });
  await makeDelivery({ processing: "APPLIED", receivedAt: at(4) });
  await makeDelivery({ processing: "FAILED", provider: "WEGETFINANCING", receivedAt: at(5) });

  const { filters } = readDeliveryFilters({ provider: "CHARGEAFTER" });
  expect(await findReplayableDeliveryIds({ filters, timeZone: "UTC" })).toEqual({
    ids: [ignored.id, invalid.id, failed.id],
    more: false,
  });
  expect(await findReplayableDeliveryIds({ filters, timeZone: "UTC", limit: 2 })).toEqual({
    ids: [ignored.id, invalid.id],
    more: true,
  });
});
