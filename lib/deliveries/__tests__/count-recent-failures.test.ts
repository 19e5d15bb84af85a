import { beforeEach, expect, it } from "vitest";

import { countRecentFailures } from "@/lib/deliveries/count-recent-failures";
import { findDeliveries } from "@/lib/deliveries/find-deliveries";
import { readDeliveryFilters } from "@/lib/deliveries/read-delivery-filters";
import { resetDatabase } from "@/test/reset-database";

import { makeDelivery } from "./make-delivery";

beforeEach(resetDatabase);

const NOW = new Date("2026-11-03T12:00:00Z");
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3600_000);

it("counts failures of the last 24 hours, the same ones the failure link lists", async () => {
  await makeDelivery({ receivedAt: hoursAgo(1) }); // applied: not a failure
  await makeDelivery({ receivedAt: hoursAgo(1), processing: "IGNORED" }); // unknown type: not a failure
  await makeDelivery({ receivedAt: hoursAgo(1), processing: "DUPLICATE" });
  await makeDelivery({ receivedAt: hoursAgo(2), processing: "FAILED" });
  await makeDelivery({ receivedAt: hoursAgo(3), processing: "INVALID", responseStatus: 400, verification: "VERIFIED" });
  await makeDelivery({ receivedAt: hoursAgo(4), processing: "REJECTED", responseStatus: 401, verification: "MISSING" });
  await makeDelivery({
    receivedAt: hoursAgo(5),
    processing: "INVALID",
    responseStatus: 413,
    verification: "NOT_CHECKED",
  });
  await makeDelivery({
    receivedAt: hoursAgo(23.99),
    processing: "INVALID",
    responseStatus: 415,
    verification: "NOT_CHECKED",
  });
  await makeDelivery({ receivedAt: hoursAgo(24.01), processing: "FAILED" }); // too old
  await makeDelivery({ receivedAt: new Date(NOW.getTime() + 60_000), processing: "FAILED" }); // clock skew: still counted

  expect(await countRecentFailures(NOW)).toBe(6);
  const { filters } = readDeliveryFilters({ failure: "yes", within: "24h" });
  const page = await findDeliveries({ filters, timeZone: "UTC", now: NOW });
  expect(page.rows).toHaveLength(6);
});

it("is zero when nothing failed", async () => {
  await makeDelivery({ receivedAt: hoursAgo(1) });
  expect(await countRecentFailures(NOW)).toBe(0);
});
