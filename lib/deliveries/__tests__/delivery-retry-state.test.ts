import { beforeEach, describe, expect, it } from "vitest";

import { retryStateOf } from "@/lib/deliveries/delivery-retry-state";
import { findDeliveries } from "@/lib/deliveries/find-deliveries";
import { getDelivery } from "@/lib/deliveries/get-delivery";
import { readDeliveryFilters } from "@/lib/deliveries/read-delivery-filters";
import { MAX_APPLY_ATTEMPTS } from "@/lib/ingest/delivery-retry-schedule";
import { idsForQuery } from "@/lib/pagination/__tests__/ids-for-query";
import { resetDatabase } from "@/test/reset-database";

import { makeDelivery } from "./make-delivery";

beforeEach(resetDatabase);

const NOW = new Date("2026-11-03T12:00:00Z");
const ids = idsForQuery(readDeliveryFilters, findDeliveries, NOW);
const nextAt = new Date("2026-11-03T12:00:30Z");

describe("retrying deliveries", () => {
  it("are received ones with a failed attempt: the next attempt of how many, when, and the last error", () => {
    const retrying = {
      processing: "RECEIVED",
      applyAttempts: 1,
      nextApplyAt: nextAt,
      lastApplyError: "deadlock",
    } as const;
    expect(retryStateOf(retrying)).toEqual({ attempt: 2, of: MAX_APPLY_ATTEMPTS, nextAt, lastError: "deadlock" });
    expect(retryStateOf({ ...retrying, applyAttempts: 0 })).toBeNull();
    expect(retryStateOf({ ...retrying, processing: "APPLIED" })).toBeNull();
    expect(retryStateOf({ ...retrying, processing: "FAILED" })).toBeNull();
  });

  it("are listed by processing=RETRYING, alone or with other states; Received still lists them", async () => {
    const fields = {
      processing: "RECEIVED",
      applyAttempts: 2,
      nextApplyAt: nextAt,
      lastApplyError: "lock timeout",
    } as const;
    const retrying = await makeDelivery({ ...fields, receivedAt: new Date("2026-11-02T15:03:00Z") });
    const waiting = await makeDelivery({ processing: "RECEIVED", receivedAt: new Date("2026-11-02T15:02:00Z") });
    const failed = await makeDelivery({ processing: "FAILED", receivedAt: new Date("2026-11-02T15:01:00Z") });
    await makeDelivery({ ...fields, processing: "APPLIED" }); // applied after retries: no longer retrying

    expect(await ids("processing=RETRYING")).toEqual([retrying.id]);
    expect(await ids("processing=RETRYING&processing=FAILED")).toEqual([retrying.id, failed.id]);
    expect(await ids("processing=RECEIVED")).toEqual([retrying.id, waiting.id]);

    const page = await findDeliveries({
      filters: readDeliveryFilters({ processing: "RETRYING" }).filters,
      timeZone: "UTC",
    });
    expect(page.rows[0]).toMatchObject({ applyAttempts: 2, nextApplyAt: nextAt, lastApplyError: "lock timeout" });
    expect(await getDelivery(retrying.id)).toMatchObject({
      applyAttempts: 2,
      nextApplyAt: nextAt,
      lastApplyError: "lock timeout",
    });
  });
});
