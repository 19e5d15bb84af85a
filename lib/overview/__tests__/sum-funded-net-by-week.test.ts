import { beforeEach, expect, it } from "vitest";

import { getOverview } from "@/lib/overview/get-overview";
import { overviewLinks } from "@/lib/overview/overview-links";
import { overviewWindow } from "@/lib/overview/overview-window";
import { sumFundedNetByWeek } from "@/lib/overview/sum-funded-net-by-week";
import { importFundingReport } from "@/lib/reconciliation/import-funding-report";
import { generateFundingRecords } from "@/test/fakes/chargeafter-funding-api";
import { resetDatabase } from "@/test/reset-database";

import { listRows } from "./list-rows";

beforeEach(resetDatabase);

const ZONE = "UTC";
const NOW = new Date("2026-11-30T12:00:00Z"); // a Monday; the window starts on Saturday 2026-11-01
const actor = { id: null, email: "finance@example.com" };

async function importFunded(fundedAt: string[], net: string) {
  const records = generateFundingRecords(fundedAt.length, { seed: 3, idPrefix: `w${fundedAt.length}` }).map((r, i) => ({
    ...r,
    transactionDate: "2026-10-20T12:00:00.000Z",
    fundedAt: fundedAt[i]!,
    transactionAmount: Number(net) + 1,
    discountAmount: 1,
    netAmount: Number(net),
  }));
  expect((await importFundingReport({ fileName: "r.json", content: JSON.stringify({ records }), actor })).ok).toBe(
    true,
  );
}

it("sums funded net per Monday week, the first cut at the window, in exact cents, and links each week to its records", async () => {
  await importFunded(
    ["2026-11-01T10:00:00Z", "2026-11-02T10:00:00Z", "2026-11-04T10:00:00Z", "2026-10-31T10:00:00Z"],
    "0.10",
  );
  await importFunded(["2026-11-30T09:00:00Z"], "1299.99");

  const window = overviewWindow(NOW, ZONE);
  const weeks = await sumFundedNetByWeek(window, { timeZone: ZONE, withMoney: true });
  expect(weeks.map((w) => [w.from, w.to])).toEqual([
    ["2026-11-01", "2026-11-01"],
    ["2026-11-02", "2026-11-08"],
    ["2026-11-09", "2026-11-15"],
    ["2026-11-16", "2026-11-22"],
    ["2026-11-23", "2026-11-29"],
    ["2026-11-30", "2026-11-30"],
  ]);
  expect(weeks[0]).toMatchObject({ count: 1, net: "0.10" });
  expect(weeks[1]).toMatchObject({ count: 2, net: "0.20" });
  expect(weeks[5]).toMatchObject({ count: 1, net: "1299.99" });
  const context = { timeZone: ZONE, now: NOW };
  expect(await listRows(overviewLinks.fundedBetween(weeks[1]!.from, weeks[1]!.to), context)).toBe(2);
});

it("gives support counts and no amounts; finance gets the amounts", async () => {
  await importFunded(["2026-11-20T10:00:00Z"], "50.00");
  const support = await getOverview({ role: "SUPPORT", timeZone: ZONE, now: NOW });
  expect(support.withFunding).toBe(false);
  expect(support.fundedWeeks.every((w) => w.net === undefined)).toBe(true);
  expect(JSON.stringify(support)).not.toContain("50.00");
  expect(support.fundedWeeks.reduce((n, w) => n + w.count, 0)).toBe(1);
  const finance = await getOverview({ role: "FINANCE", timeZone: ZONE, now: NOW });
  expect(finance.fundedWeeks.find((w) => w.from === "2026-11-16")).toMatchObject({ count: 1, net: "50.00" });
});
