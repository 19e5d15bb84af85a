import { beforeEach, expect, it } from "vitest";

import { makeDelivery } from "@/lib/deliveries/__tests__/make-delivery";
import { countDeliveryProblems } from "@/lib/overview/count-delivery-problems";
import { overviewLinks } from "@/lib/overview/overview-links";
import { resetDatabase } from "@/test/reset-database";

import { listRows } from "./list-rows";

beforeEach(resetDatabase);

const NOW = new Date("2026-11-03T12:00:00Z");
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3600_000);

it("counts deliveries that failed to apply and signatures refused in the last day, as their lists show them", async () => {
  const refused = { processing: "REJECTED", responseStatus: 401 } as const;
  const deliveries = [
    { receivedAt: hoursAgo(1) },
    { receivedAt: hoursAgo(2), processing: "FAILED" },
    { receivedAt: hoursAgo(200), processing: "FAILED" }, // old, still waiting for a replay
    ...(["INVALID", "MISSING", "STALE"] as const).map((verification, i) => ({
      ...refused,
      verification,
      receivedAt: hoursAgo(3 + i),
    })),
    { ...refused, receivedAt: hoursAgo(25), verification: "INVALID" }, // over a day ago
    { receivedAt: hoursAgo(1), processing: "INVALID", responseStatus: 413, verification: "NOT_CHECKED" },
  ] as const;
  for (const fields of deliveries) await makeDelivery(fields);

  const problems = await countDeliveryProblems(NOW);
  expect(problems).toEqual({
    failedToApply: { count: 2, more: false },
    refusedSignatures: { count: 3, more: false },
  });
  const context = { timeZone: "UTC", now: NOW };
  expect(await listRows(overviewLinks.failedDeliveries(), context)).toBe(2);
  expect(await listRows(overviewLinks.refusedSignatures(), context)).toBe(3);
});

it("is zero when nothing went wrong", async () => {
  await makeDelivery({ receivedAt: hoursAgo(1) });
  expect(await countDeliveryProblems(NOW)).toEqual({
    failedToApply: { count: 0, more: false },
    refusedSignatures: { count: 0, more: false },
  });
});
