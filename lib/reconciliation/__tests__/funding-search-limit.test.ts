// A search is summed over at most SEARCH_SUM_LIMIT records: past it the report says so
// instead of showing partial totals, and still lists the records.
import { beforeEach, describe, expect, it } from "vitest";

import { pgPool } from "@/lib/db/pg-pool";
import { findFundingRecords } from "@/lib/reconciliation/find-funding-records";
import { readFundingFilters } from "@/lib/reconciliation/funding-filters";
import { fundingOverview } from "@/lib/reconciliation/funding-overview";
import { SEARCH_SUM_LIMIT } from "@/lib/reconciliation/sum-funding-records-by-day";
import { resetDatabase } from "@/test/reset-database";

beforeEach(resetDatabase);

/** `count` records of one surname, one a day back from 2026-11-30, each 10.00 net of 0.50. */
async function insertRecords(lastName: string, count: number) {
  await pgPool().query(
    `INSERT INTO "FundingRecord" ("transactionId", "chargeId", "transactionType", "transactionDate", "transactionAmount", "discountAmount", "netAmount",
        "fundedAt", "updatedAt", status, "lastName", version, "firstSeenAt", "lastSyncedAt")
     SELECT $1 || '_txn_' || g, $1 || '_chg_' || g, 'Settle', t, 10.50, 0.50, 10.00, t, t,
            CASE WHEN g % 2 = 0 THEN 'RECONCILED' ELSE 'AMOUNT_MISMATCH' END, $1, 1, now(), now()
     FROM generate_series(1, $2::int) AS g, LATERAL (SELECT timestamptz '2026-11-30 12:00Z' - g * interval '1 hour' AS t) AS ts`,
    [lastName, count],
  );
}

const overview = (query: string) =>
  fundingOverview({ filters: readFundingFilters(new URLSearchParams(query)).filters, timeZone: "UTC" });

describe("a search past SEARCH_SUM_LIMIT records", () => {
  it("is summed exactly up to the limit", async () => {
    await insertRecords("Lovelace", SEARCH_SUM_LIMIT);
    await insertRecords("Hopper", 3);
    const { totals, byStatus, overLimit } = await overview("q=lovelace");
    expect(overLimit).toBeNull();
    expect(totals).toEqual({
      count: SEARCH_SUM_LIMIT,
      transactionAmount: "21000.00",
      discountAmount: "1000.00",
      netAmount: "20000.00",
    });
    expect(byStatus.byStatus.map((s) => [s.status, s.count])).toEqual([
      ["AMOUNT_MISMATCH", SEARCH_SUM_LIMIT / 2],
      ["RECONCILED", SEARCH_SUM_LIMIT / 2],
    ]);
  });

  it("past it, is not summed (no partial totals), yet listed; dates narrow it back under", async () => {
    await insertRecords("Lovelace", SEARCH_SUM_LIMIT + 1);
    const broad = await overview("q=lovelace");
    expect(broad.overLimit).toBe(SEARCH_SUM_LIMIT);
    expect(broad.totals.count).toBe(0);
    expect(broad.byStatus.byStatus).toEqual([]);
    expect(broad.chart.buckets.every((bucket) => bucket.count === 0)).toBe(true);

    const filters = readFundingFilters(new URLSearchParams("q=lovelace")).filters;
    const page = await findFundingRecords({ filters, timeZone: "UTC" });
    expect(page.rows[0]!.transactionId).toBe("Lovelace_txn_1");

    // 2001 hours back from 2026-11-30 12:00 reach 2026-09-08; from 2026-10-01 leaves fewer.
    const narrowed = await overview("q=lovelace&from=2026-10-01&to=2026-11-30");
    expect(narrowed.overLimit).toBeNull();
    expect(narrowed.totals.count).toBeGreaterThan(0);
    expect(narrowed.totals.count).toBeLessThan(SEARCH_SUM_LIMIT);
    // Without a search the day totals sum every record, however many.
    expect((await overview("")).totals.count).toBe(SEARCH_SUM_LIMIT + 1);
    // Views read from the records without a search (a review state) are not capped: with
    // these, more than the limit of open mismatches.
    await insertRecords("Hopper", SEARCH_SUM_LIMIT + 2);
    const open = await overview("review=open");
    expect(open.overLimit).toBeNull();
    expect(open.totals.count).toBe(SEARCH_SUM_LIMIT + 2);
  });
});
