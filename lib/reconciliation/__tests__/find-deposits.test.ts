// Deposits: funded records per funded day (New York) and lender, exact, every page, under each filter.
import { beforeAll, describe, expect, it } from "vitest";

import { decodeCursor } from "@/lib/pagination/keyset";
import {
  findDeposits,
  forEachDeposit,
  readDepositFilters,
  sumDeposits,
  type DepositFilters,
  type DepositRow,
} from "@/lib/reconciliation/find-deposits";
import type { FakeFundingRecord } from "@/test/fakes/chargeafter-funding-api";

import { expectedTotals, importReport, nyDay, records, ZONE } from "./make-funding-report";

// Two records funded on either side of New York's midnight (04:00Z on 2026-11-01, DST ends that day).
records[5]!.fundedAt = "2026-11-01T03:59:59.999Z";
records[6]!.fundedAt = "2026-11-01T04:00:00.000Z";
records[6]!.lenderName = records[5]!.lenderName;
records[7]!.fundedAt = null;

beforeAll(importReport);

const depositFilters = (query: string): DepositFilters => {
  const { filters, issues } = readDepositFilters(new URLSearchParams(query));
  expect(issues).toEqual([]);
  return filters;
};

/** Deposits computed independently: funded records grouped by their New York day and lender. */
function expectedDeposits(keep: (r: FakeFundingRecord, day: string) => boolean = () => true) {
  const groups = new Map<string, FakeFundingRecord[]>();
  for (const r of records) {
    if (!r.fundedAt) continue;
    const day = nyDay(r.fundedAt);
    if (!keep(r, day)) continue;
    const key = `${day}|${r.lenderName ?? ""}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.entries()]
    .map(([key, group]) => {
      const [day, lenderName] = key.split("|") as [string, string];
      return { day, lenderName, ...expectedTotals(group) };
    })
    .sort((a, b) => (a.day !== b.day ? (a.day < b.day ? 1 : -1) : a.lenderName < b.lenderName ? -1 : 1));
}

async function allPages(filters: DepositFilters, pageSize = 7): Promise<DepositRow[]> {
  const rows: DepositRow[] = [];
  let cursor = null;
  for (let pages = 0; pages < 200; pages++) {
    const page = await findDeposits({ filters, cursor, timeZone: ZONE, pageSize });
    rows.push(...page.rows);
    if (!page.older) return rows;
    cursor = decodeCursor(page.older, "text");
  }
  throw new Error("too many pages");
}

const figures = (rows: DepositRow[]) =>
  rows.map(({ day, lenderName, count, transactionAmount, discountAmount, netAmount }) => ({
    day,
    lenderName,
    count,
    transactionAmount,
    discountAmount,
    netAmount,
  }));

describe("findDeposits", () => {
  it("sums the funded records per funded day in the time zone and lender, exactly, over every page", async () => {
    const rows = await allPages(depositFilters(""));
    const expected = expectedDeposits();
    expect(figures(rows)).toEqual(expected);
    // Unfunded records are in no deposit.
    const funded = records.filter((r) => r.fundedAt).length;
    expect(rows.reduce((n, r) => n + r.count, 0)).toBe(funded);
    expect(funded).toBeLessThan(records.length);
    // Either side of midnight in New York: two days.
    const lender = records[5]!.lenderName ?? "";
    expect(rows.filter((r) => r.lenderName === lender).map((r) => r.day)).toEqual(
      expect.arrayContaining(["2026-10-31", "2026-11-01"]),
    );
    expect(rows.every((r) => r.state === "unmatched" && !r.figureChanged)).toBe(true);
    expect(await sumDeposits({ filters: depositFilters(""), timeZone: ZONE })).toEqual({
      deposits: expected.length,
      ...expectedTotals(records.filter((r) => r.fundedAt)),
    });
  });

  it.each([
    [
      "from=2026-11-01&to=2026-11-10",
      (_r: FakeFundingRecord, day: string) => day >= "2026-11-01" && day <= "2026-11-10",
    ],
    ["lender=Finara&lender=Bluefin", (r: FakeFundingRecord) => ["Finara", "Bluefin"].includes(r.lenderName ?? "")],
    ["state=unmatched", () => true],
  ])("%s: the filtered deposits and their totals", async (query, keep) => {
    const filters = depositFilters(query);
    const expected = expectedDeposits(keep);
    expect(expected.length).toBeGreaterThan(0);
    expect(figures(await allPages(filters, 5))).toEqual(expected);
    const totals = await sumDeposits({ filters, timeZone: ZONE });
    expect(totals.deposits).toBe(expected.length);
    expect(totals.count).toBe(expected.reduce((n, d) => n + d.count, 0));
  });

  it("no deposit is matched or flagged yet", async () => {
    expect(await allPages(depositFilters("state=matched&state=flagged"))).toEqual([]);
  });

  it("walks back to newer pages; forEachDeposit visits every row in the same order", async () => {
    const filters = depositFilters("");
    const first = await findDeposits({ filters, timeZone: ZONE, pageSize: 4 });
    const second = await findDeposits({
      filters,
      timeZone: ZONE,
      pageSize: 4,
      cursor: decodeCursor(first.older, "text"),
    });
    const back = await findDeposits({
      filters,
      timeZone: ZONE,
      pageSize: 4,
      cursor: decodeCursor(second.newer, "text"),
    });
    expect(back.rows).toEqual(first.rows);
    const visited: DepositRow[] = [];
    await forEachDeposit({ filters, timeZone: ZONE }, (row) => {
      visited.push(row);
    });
    expect(visited).toEqual(await allPages(filters, 50));
  });
});
