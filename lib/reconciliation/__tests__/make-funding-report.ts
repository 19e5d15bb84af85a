// Shared by the funding report's tests: the contract's fixture plus 400 generated records
// (day-boundary and LIKE edge cases among them), imported once per file, and independent
// computations to check the report against.
import { readFileSync } from "node:fs";

import Decimal from "decimal.js";
import { expect } from "vitest";

import { decodeCursor } from "@/lib/pagination/keyset";
import { findFundingRecords } from "@/lib/reconciliation/find-funding-records";
import { readFundingFilters, type FundingFilters } from "@/lib/reconciliation/funding-filters";
import { importFundingReport } from "@/lib/reconciliation/import-funding-report";
import { generateFundingRecords, type FakeFundingRecord } from "@/test/fakes/chargeafter-funding-api";
import { resetDatabase } from "@/test/reset-database";

export const ZONE = "America/New_York";
const fixture = (
  JSON.parse(readFileSync("../shared/fixtures/chargeafter/fundings-report.json", "utf8")) as {
    records: FakeFundingRecord[];
  }
).records;
export const records: FakeFundingRecord[] = [
  ...fixture,
  ...generateFundingRecords(400, { fromDate: "2026-10-01", toDate: "2026-11-30", seed: 7 }),
];
// Edge cases around the zone's day boundary (2026-11-01 starts at 04:00Z in New York, DST ends that day).
records[1]!.transactionDate = "2026-11-01T03:59:59.999Z"; // 2026-10-31 in New York
records[2]!.transactionDate = "2026-11-01T04:00:00.000Z"; // 2026-11-01 in New York
records[3]!.firstName = "Ada 50%_off";

export const filters = (query: string): FundingFilters => {
  const { filters: values, issues } = readFundingFilters(new URLSearchParams(query));
  expect(issues).toEqual([]);
  return values;
};

/** The day of an instant in New York, computed independently of the code under test. */
export const nyDay = (iso: string) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    new Date(iso),
  );

export function expectedTotals(selected: FakeFundingRecord[]) {
  const sum = (key: "transactionAmount" | "discountAmount" | "netAmount") =>
    selected.reduce((total, r) => total.plus(new Decimal(String(r[key]))), new Decimal(0)).toFixed(2);
  return {
    count: selected.length,
    transactionAmount: sum("transactionAmount"),
    discountAmount: sum("discountAmount"),
    netAmount: sum("netAmount"),
  };
}

export async function allPages(f: FundingFilters) {
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

/** The report as one import: run before a file's tests. */
export async function importReport() {
  await resetDatabase();
  const result = await importFundingReport({
    fileName: "r.json",
    content: JSON.stringify({ records }),
    actor: { id: null, email: "t" },
  });
  expect(result.ok).toBe(true);
}
