import { readFileSync } from "node:fs";

import Decimal from "decimal.js";
import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { decodeCursor } from "@/lib/pagination/keyset";
import { findFundingRecords } from "@/lib/reconciliation/find-funding-records";
import { findOrdersWithoutFunding } from "@/lib/reconciliation/find-orders-without-funding";
import { readFundingFilters, type FundingFilters } from "@/lib/reconciliation/funding-filters";
import { fundingOverview } from "@/lib/reconciliation/funding-overview";
import { importFundingReport } from "@/lib/reconciliation/import-funding-report";
import { generateFundingRecords, type FakeFundingRecord } from "@/test/fakes/chargeafter-funding-api";
import { resetDatabase } from "@/test/reset-database";

const ZONE = "America/New_York";
const fixture = (
  JSON.parse(readFileSync("../shared/fixtures/chargeafter/fundings-report.json", "utf8")) as {
    records: FakeFundingRecord[];
  }
).records;
const records: FakeFundingRecord[] = [
  ...fixture,
  ...generateFundingRecords(400, { fromDate: "2026-10-01", toDate: "2026-11-30", seed: 7 }),
];
// Edge cases around the zone's day boundary (2026-11-01 starts at 04:00Z in New York, DST ends that day).
records[1]!.transactionDate = "2026-11-01T03:59:59.999Z"; // 2026-10-31 in New York
records[2]!.transactionDate = "2026-11-01T04:00:00.000Z"; // 2026-11-01 in New York
records[3]!.firstName = "Ada 50%_off";

const filters = (query: string): FundingFilters => {
  const { filters: values, issues } = readFundingFilters(new URLSearchParams(query));
  expect(issues).toEqual([]);
  return values;
};

/** The day of an instant in New York, computed independently of the code under test. */
const nyDay = (iso: string) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    new Date(iso),
  );

function expectedTotals(selected: FakeFundingRecord[]) {
  const sum = (key: "transactionAmount" | "discountAmount" | "netAmount") =>
    selected.reduce((total, r) => total.plus(new Decimal(String(r[key]))), new Decimal(0)).toFixed(2);
  return {
    count: selected.length,
    transactionAmount: sum("transactionAmount"),
    discountAmount: sum("discountAmount"),
    netAmount: sum("netAmount"),
  };
}

async function allPages(f: FundingFilters) {
  const rows = [];
  let cursor = null;
  for (let pages = 0; pages < 100; pages++) {
    const page = await findFundingRecords({ filters: f, cursor, timeZone: ZONE, pageSize: 37 });
    rows.push(...page.rows);
    if (!page.older) return rows;
    cursor = decodeCursor(page.older, "text");
  }
  throw new Error("too many pages");
}

beforeAll(async () => {
  await resetDatabase();
  const result = await importFundingReport({
    fileName: "r.json",
    content: JSON.stringify({ records }),
    actor: { id: null, email: "t" },
  });
  expect(result.ok).toBe(true);
});

describe("funding report filters, totals and chart", () => {
  const cases: [string, (r: FakeFundingRecord) => boolean][] = [
    ["", () => true],
    ["status=AMOUNT_MISMATCH&status=TYPE_MISMATCH", (r) => ["AMOUNT_MISMATCH", "TYPE_MISMATCH"].includes(r.status)],
    [
      "from=2026-11-01&to=2026-11-15",
      (r) => nyDay(r.transactionDate) >= "2026-11-01" && nyDay(r.transactionDate) <= "2026-11-15",
    ],
    [
      "from=2026-11-01&to=2026-11-15&dateField=fundedAt",
      (r) => r.fundedAt !== null && nyDay(r.fundedAt) >= "2026-11-01" && nyDay(r.fundedAt) <= "2026-11-15",
    ],
    [
      "lender=Finara&lender=Bluefin&productType=Installments",
      (r) => ["Finara", "Bluefin"].includes(r.lenderName!) && r.productType === "Installments",
    ],
    ["transactionType=Refund", (r) => r.transactionType === "Refund"],
    ["lender=Finara&dateField=fundedAt", (r) => r.lenderName === "Finara" && r.fundedAt !== null],
    ["q=ORD-00000042", (r) => r.merchantOrderId === "ORD-00000042"],
    ["q=6663c0bd6c45635eaea75aaa", (r) => r.transactionId === "6663c0bd6c45635eaea75aaa"],
    ["q=john smith", (r) => `${r.firstName} ${r.lastName}`.toLowerCase().includes("john smith")],
    ["q=50%_off", (r) => (r.firstName ?? "").includes("50%_off")],
    ["q=LOVELACE", (r) => `${r.firstName} ${r.lastName} ${r.email}`.toLowerCase().includes("lovelace")],
    [
      `q=${encodeURIComponent(records[30]!.email!.toUpperCase())}`,
      (r) => r.email?.toLowerCase() === records[30]!.email!.toLowerCase(),
    ],
    [
      "q=example.com",
      (r) =>
        (r.email ?? "").includes("example.com") || `${r.firstName} ${r.lastName}`.toLowerCase().includes("example.com"),
    ],
    ["match=unmatched&status=RECONCILED", (r) => r.status === "RECONCILED"],
  ];

  it.each(cases)(
    "%s: the list (every page), the totals and the per-status counts agree with an independent computation",
    async (query, predicate) => {
      const f = filters(query);
      const selected = records.filter(predicate);
      expect(selected.length, "the case selects something").toBeGreaterThan(0);

      const rows = await allPages(f);
      expect(rows.map((r) => r.transactionId).sort()).toEqual(selected.map((r) => r.transactionId).sort());
      const key = f.dateField;
      for (let i = 1; i < rows.length; i++) {
        const [a, b] = [rows[i - 1]!, rows[i]!];
        expect(
          a[key]!.getTime() > b[key]!.getTime() ||
            (a[key]!.getTime() === b[key]!.getTime() && a.transactionId > b.transactionId),
        ).toBe(true);
      }

      const overview = await fundingOverview({ filters: f, timeZone: ZONE });
      expect(overview.totals).toEqual(expectedTotals(selected));
      const statuses = [...new Set(selected.map((r) => r.status))].sort();
      // Per status under every other filter: for a chosen status, exactly the selected records of it.
      for (const status of statuses) {
        expect(overview.byStatus.byStatus.find((s) => s.status === status)).toEqual({
          status,
          ...expectedTotals(selected.filter((r) => r.status === status)),
        });
      }
      if (!f.status.length) {
        expect(overview.byStatus.byStatus.map((s) => s.status)).toEqual(statuses);
        expect(overview.byStatus.total).toEqual(overview.totals);
      }
    },
  );

  it("the list returns amounts as exact strings and walks back to newer pages", async () => {
    const f = filters("");
    const first = await findFundingRecords({ filters: f, timeZone: ZONE, pageSize: 10 });
    expect(first.newer).toBeNull();
    expect(first.rows[0]!.transactionAmount).toMatch(/^-?\d+\.\d{2}$/);
    const second = await findFundingRecords({
      filters: f,
      cursor: decodeCursor(first.older, "text"),
      timeZone: ZONE,
      pageSize: 10,
    });
    const back = await findFundingRecords({
      filters: f,
      cursor: decodeCursor(second.newer, "text"),
      timeZone: ZONE,
      pageSize: 10,
    });
    expect(back.rows.map((r) => r.transactionId)).toEqual(first.rows.map((r) => r.transactionId));
  });

  it("an empty result: zero totals as exact strings", async () => {
    const overview = await fundingOverview({ filters: filters("q=nobody-at-all"), timeZone: ZONE });
    const zero = { count: 0, transactionAmount: "0.00", discountAmount: "0.00", netAmount: "0.00" };
    expect(overview).toEqual({
      byStatus: { byStatus: [], total: zero },
      totals: zero,
      chart: { granularity: "day", dateField: "transactionDate", statuses: [], buckets: [] },
    });
  });

  it("chart: funded (net) amount per day in the zone, split by status, gaps filled, sums exact", async () => {
    const f = filters("from=2026-11-01&to=2026-11-10&dateField=fundedAt");
    const { chart } = await fundingOverview({ filters: f, timeZone: ZONE });
    expect(chart.granularity).toBe("day");
    expect(chart.buckets.map((b) => b.start)).toEqual(
      Array.from({ length: 10 }, (_, i) => `2026-11-${String(i + 1).padStart(2, "0")}`),
    );
    for (const bucket of chart.buckets) {
      const inDay = records.filter((r) => r.fundedAt && nyDay(r.fundedAt) === bucket.start);
      expect(bucket.count).toBe(inDay.length);
      expect(bucket.total).toBe(expectedTotals(inDay).netAmount);
      for (const [status, amount] of Object.entries(bucket.byStatus))
        expect(amount).toBe(expectedTotals(inDay.filter((r) => r.status === status)).netAmount);
    }
  });

  it.each([
    "status=TYPE_MISMATCH&status=AMOUNT_MISMATCH",
    "q=LOVELACE&status=RECONCILED",
    "lender=Finara&status=RECONCILED&from=2026-11-01&to=2026-11-20&dateField=fundedAt",
  ])("overview %s: the status counts ignore the status filter, the totals and the chart keep it", async (query) => {
    const f = filters(query);
    const overview = await fundingOverview({ filters: f, timeZone: ZONE });
    const unfiltered = await fundingOverview({ filters: { ...f, status: [] }, timeZone: ZONE });
    expect(overview.byStatus).toEqual(unfiltered.byStatus);
    const chosen = unfiltered.byStatus.byStatus.filter((s) => (f.status as readonly string[]).includes(s.status));
    expect(overview.totals.count).toBe(chosen.reduce((n, s) => n + s.count, 0));
    expect(overview.totals.count).toBeGreaterThan(0);
    expect(overview.chart.statuses.every((s) => (f.status as readonly string[]).includes(s))).toBe(true);
    expect(overview.chart.buckets.reduce((n, b) => n + b.count, 0)).toBe(overview.totals.count);
  });

  it("chart: over more than 92 days it draws weeks (summed by the database), each equal to its records", async () => {
    for (const query of ["from=2026-06-01&to=2026-11-30", "status=RECONCILED&from=2026-06-01&to=2026-11-30"]) {
      const f = filters(query);
      const chart = (await fundingOverview({ filters: f, timeZone: ZONE })).chart;
      expect(chart.granularity).toBe("week");
      expect(chart.buckets[0]!.start).toBe("2026-06-01"); // a Monday
      const inWeek = (r: FakeFundingRecord, start: string) => {
        const day = nyDay(r.transactionDate);
        const end = new Date(Date.parse(`${start}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10);
        return day >= start && day <= end && (!f.status.length || (f.status as readonly string[]).includes(r.status));
      };
      for (const bucket of chart.buckets) {
        const selected = records.filter((r) => inWeek(r, bucket.start));
        expect([bucket.start, bucket.count, bucket.total]).toEqual([
          bucket.start,
          selected.length,
          expectedTotals(selected).netAmount,
        ]);
      }
      expect(chart.buckets.every((b) => new Date(`${b.start}T00:00:00Z`).getUTCDay() === 1)).toBe(true);
      const total = chart.buckets.reduce((sum, b) => sum.plus(b.total), new Decimal(0)).toFixed(2);
      expect(total).toBe(
        expectedTotals(
          records.filter(
            (r) =>
              nyDay(r.transactionDate) >= "2026-06-01" &&
              nyDay(r.transactionDate) <= "2026-11-30" &&
              (!f.status.length || (f.status as readonly string[]).includes(r.status)),
          ),
        ).netAmount,
      );
    }
  });
});

describe("chart bucket cap (at most ~400 buckets: days, weeks, months, years)", () => {
  const monthOf = (r: FakeFundingRecord) => `${nyDay(r.transactionDate).slice(0, 7)}-01`;

  it.each([
    ["from=2019-01-01&to=2026-12-31", "month", 96],
    ["from=2000-01-01&to=2099-12-31", "year", 100],
    ["q=LOVELACE&from=2000-01-01&to=2099-12-31", "year", 100],
  ] as const)(
    "%s: %s buckets summed by the database (or regrouped from a search's days), each equal to its records",
    async (query, granularity, count) => {
      const f = filters(query);
      const { chart, totals } = await fundingOverview({ filters: f, timeZone: ZONE });
      expect(chart.granularity).toBe(granularity);
      expect(chart.buckets).toHaveLength(count);
      expect(chart.buckets.reduce((n, b) => n + b.count, 0)).toBe(totals.count);
      if (granularity === "month") {
        for (const bucket of chart.buckets)
          expect([bucket.start, bucket.total]).toEqual([
            bucket.start,
            expectedTotals(records.filter((r) => monthOf(r) === bucket.start)).netAmount,
          ]);
      }
    },
  );

  it("records stored far outside the desk's dates (years 0100 and 9999): the chart answers, drawn within 2000 … 2099, the totals keep them", async () => {
    const [early, late] = [records[20]!, records[21]!];
    const { pgPool } = await import("@/lib/db/pg-pool");
    const move = (id: string, at: string) =>
      pgPool().query(`UPDATE "FundingRecord" SET "transactionDate" = $1 WHERE "transactionId" = $2`, [at, id]);
    await move(early.transactionId, "0100-01-01T12:00:00Z");
    await move(late.transactionId, "9999-12-31T12:00:00Z");
    try {
      const started = performance.now();
      const { chart, totals } = await fundingOverview({ filters: filters(""), timeZone: ZONE });
      expect(performance.now() - started).toBeLessThan(5000);
      expect(totals.count).toBe(records.length);
      expect(chart.granularity).toBe("year");
      expect(chart.buckets.length).toBeLessThanOrEqual(100);
      expect(chart.buckets[0]!.start).toBe("2000-01-01");
      expect(chart.buckets.reduce((n, b) => n + b.count, 0)).toBe(records.length - 2);
    } finally {
      await move(early.transactionId, early.transactionDate);
      await move(late.transactionId, late.transactionDate);
    }
  });
});

describe("findOrdersWithoutFunding", () => {
  it("lists ChargeAfter applications approved more than N days ago with no funding record", async () => {
    const old = new Date(Date.now() - 10 * 86_400_000);
    const recent = new Date(Date.now() - 2 * 86_400_000);
    const make = (
      externalId: string,
      status: "APPROVED" | "CONFIRMED" | "DECLINED",
      lastEventAt: Date,
      provider: "CHARGEAFTER" | "WEGETFINANCING" = "CHARGEAFTER",
    ) => db().application.create({ data: { provider, externalId, status, lastEventAt } });
    const waiting = await make("app_waiting", "CONFIRMED", old);
    await make("app_recent", "APPROVED", recent);
    await make("app_declined", "DECLINED", old);
    await make("inv_wgf", "APPROVED", old, "WEGETFINANCING");
    const funded = await make("app_funded", "CONFIRMED", old);
    await db().fundingRecord.update({
      where: { transactionId: records[10]!.transactionId },
      data: { applicationId: funded.id },
    });

    const page = await findOrdersWithoutFunding({});
    expect(page.rows.map((r) => r.externalId)).toEqual(["app_waiting"]);
    expect(page.rows[0]!.id).toBe(waiting.id);
    expect((await findOrdersWithoutFunding({ days: 1 })).rows.map((r) => r.externalId)).toEqual([
      "app_recent",
      "app_waiting",
    ]);

    const matched = await fundingOverview({ filters: filters("match=matched"), timeZone: ZONE });
    expect(matched.totals.count).toBe(1);
  });
});
