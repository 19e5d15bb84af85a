import { beforeEach, expect, it } from "vitest";

import { makeDispute } from "@/lib/disputes/__tests__/make-dispute";
import { countOpenDisputesByAge } from "@/lib/overview/count-open-disputes-by-age";
import { overviewLinks } from "@/lib/overview/overview-links";
import { resetDatabase } from "@/test/reset-database";

import { listRows } from "./list-rows";

beforeEach(resetDatabase);

const NOW = new Date("2026-11-30T12:00:00Z");
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000);

it("counts open disputes and those opened more than 7, 30 and 60 days ago, as the list's age filter shows them", async () => {
  await makeDispute({ openedAt: daysAgo(1) });
  await makeDispute({ openedAt: daysAgo(10), status: "LENDER_UPDATED" });
  await makeDispute({ openedAt: daysAgo(40) });
  await makeDispute({ openedAt: daysAgo(90) });
  await makeDispute({ openedAt: daysAgo(90), status: "RESOLVED" }); // resolved: not counted

  const disputes = await countOpenDisputesByAge(NOW);
  expect(disputes).toEqual({ open: 4, olderThan: { "7": 3, "30": 2, "60": 1 } });
  const context = { timeZone: "UTC", now: NOW };
  expect(await listRows(overviewLinks.openDisputes(), context)).toBe(4);
  for (const age of ["7", "30", "60"] as const)
    expect(await listRows(overviewLinks.openDisputes(age), context)).toBe(disputes.olderThan[age]);
});
