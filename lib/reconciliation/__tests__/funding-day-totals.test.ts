import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

import { db } from "@/lib/db/client";
import { pgPool } from "@/lib/db/pg-pool";
import { ensureFundingDayTotals } from "@/lib/reconciliation/funding-day-totals";
import { generateFundingRecords, type FakeFundingApi } from "@/test/fakes/chargeafter-funding-api";
import { resetDatabase } from "@/test/reset-database";

import { syncFrom, syncPagesWith, withFakeApi } from "./helpers";

const ZONE = "America/New_York";

type TotalRow = {
  dateField: string;
  day: string;
  status: string;
  lenderName?: string;
  productType?: string;
  transactionType?: string;
  matched?: boolean;
  funded?: boolean;
  count: number;
  cents: string;
};

type Totals = { detail: TotalRow[]; byStatus: TotalRow[]; deposits: TotalRow[] };

/** The totals as stored (rows with records only): the detailed ones, those per status, the deposits. */
async function storedTotals(): Promise<Totals> {
  const amounts = `concat_ws('/', "transactionAmount", "discountAmount", "netAmount") AS cents`;
  const detail = await pgPool().query<TotalRow>(
    `SELECT "dateField", day::text, status, "lenderName", "productType", "transactionType", matched, funded, count, ${amounts}
     FROM "FundingDayTotal" WHERE count <> 0 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8`,
  );
  const byStatus = await pgPool().query<TotalRow>(
    `SELECT "dateField", day::text, status, matched, funded, count, ${amounts} FROM "FundingDayStatusTotal" WHERE count <> 0 ORDER BY 1, 2, 3, 4, 5`,
  );
  const deposits = await pgPool().query<TotalRow>(
    `SELECT day::text, "lenderName", count, ${amounts} FROM "FundingDepositTotal" WHERE count <> 0 ORDER BY 1, 2`,
  );
  return { detail: detail.rows, byStatus: byStatus.rows, deposits: deposits.rows };
}

/** The same totals computed from the records with plain SQL, not through the triggers. */
async function totalsFromRecords(zone: string): Promise<Totals> {
  const days = `WITH days AS (
       SELECT 'transactionDate' AS "dateField", ("transactionDate" AT TIME ZONE $1)::date AS day, r.* FROM "FundingRecord" r
       UNION ALL
       SELECT 'fundedAt', ("fundedAt" AT TIME ZONE $1)::date, r.* FROM "FundingRecord" r WHERE "fundedAt" IS NOT NULL)`;
  const sums = `count(*)::int AS count,
       concat_ws('/', (sum("transactionAmount") * 100)::bigint, (sum("discountAmount") * 100)::bigint, (sum("netAmount") * 100)::bigint) AS cents`;
  const detail = await pgPool().query<TotalRow>(
    `${days} SELECT "dateField", day::text, status, COALESCE("lenderName", '') AS "lenderName", COALESCE("productType", '') AS "productType",
            "transactionType", "applicationId" IS NOT NULL AS matched, "fundedAt" IS NOT NULL AS funded, ${sums}
     FROM days WHERE "dateField" = 'transactionDate' GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8`,
    [zone],
  );
  const byStatus = await pgPool().query<TotalRow>(
    `${days} SELECT "dateField", day::text, status, "applicationId" IS NOT NULL AS matched, "fundedAt" IS NOT NULL AS funded, ${sums}
     FROM days GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`,
    [zone],
  );
  const deposits = await pgPool().query<TotalRow>(
    `${days} SELECT day::text, COALESCE("lenderName", '') AS "lenderName", ${sums}
     FROM days WHERE "dateField" = 'fundedAt' GROUP BY 1, 2 ORDER BY 1, 2`,
    [zone],
  );
  return { detail: detail.rows, byStatus: byStatus.rows, deposits: deposits.rows };
}

let api: FakeFundingApi;

beforeEach(async () => {
  await resetDatabase();
  await api?.close();
  api = await withFakeApi();
});
afterAll(() => api?.close());

describe("funding day totals", () => {
  it("are built from the records on first use, then follow every sync: new, changed, matched and deleted records", async () => {
    api.records.push(...generateFundingRecords(300, { seed: 3 }));
    // Before anyone asked for totals, a sync writes records without them: the first use builds them.
    await syncFrom(api);
    await ensureFundingDayTotals(ZONE);
    expect(await storedTotals()).toEqual(await totalsFromRecords(ZONE));

    // Changes the provider reports: status, amounts, a new funding date, a record moved across days.
    api.records[0]!.status = "RECONCILED";
    api.records[1]!.netAmount = 1.01;
    api.records[1]!.transactionAmount = 2.02;
    api.records[2]!.fundedAt = "2026-11-29T12:00:00.000Z";
    api.records[3]!.transactionDate = "2026-11-01T04:00:00.000Z";
    api.records[4]!.lenderName = null;
    for (const r of api.records.slice(0, 5)) r.updatedAt = "2026-11-30T00:00:00.000Z";
    api.records.push(...generateFundingRecords(50, { seed: 4, idPrefix: "later" }));
    const result = await syncFrom(api);
    expect(result).toMatchObject({ status: "SUCCEEDED", changedCount: 5, newCount: 50 });
    expect(await storedTotals()).toEqual(await totalsFromRecords(ZONE));

    // Our own match arriving later, and records removed by hand.
    const matchedId = api.records[10]!.merchantOrderId!;
    const application = await db().application.create({
      data: {
        provider: "CHARGEAFTER",
        externalId: "app-1",
        merchantOrderId: matchedId,
        status: "APPROVED",
        lastEventAt: new Date(),
      },
    });
    await syncFrom(api);
    const { rows } = await pgPool().query(`SELECT 1 FROM "FundingRecord" WHERE "applicationId" = $1`, [application.id]);
    expect(rows.length).toBeGreaterThan(0);
    await pgPool().query(`DELETE FROM "FundingRecord" WHERE "transactionId" = ANY($1)`, [
      api.records.slice(20, 30).map((r) => r.transactionId),
    ]);
    expect(await storedTotals()).toEqual(await totalsFromRecords(ZONE));

    // The application goes away: its records lose the match (ON DELETE SET NULL), the totals follow.
    await db().application.delete({ where: { id: application.id } });
    expect(await storedTotals()).toEqual(await totalsFromRecords(ZONE));

    await pgPool().query(`TRUNCATE "FundingRecord" CASCADE`);
    expect(await storedTotals()).toEqual({ detail: [], byStatus: [], deposits: [] });
  });

  it("are rebuilt for another time zone's days, once when two readers ask at the same time", async () => {
    api.records.push(...generateFundingRecords(120, { seed: 5 }));
    api.records[0]!.transactionDate = "2026-11-01T03:59:59.999Z"; // Oct 31 in New York, Nov 1 in UTC
    await syncFrom(api);
    await ensureFundingDayTotals(ZONE);
    const newYork = await storedTotals();

    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    await Promise.all([ensureFundingDayTotals("UTC"), ensureFundingDayTotals("UTC")]);
    expect(info.mock.calls.filter(([line]) => String(line).includes("for UTC"))).toHaveLength(1);
    info.mockRestore();
    const utc = await storedTotals();
    expect(utc).toEqual(await totalsFromRecords("UTC"));
    expect(utc).not.toEqual(newYork);
    const { rows } = await pgPool().query<{ timeZone: string }>(`SELECT "timeZone" FROM "FundingTotalsState"`);
    expect(rows).toEqual([{ timeZone: "UTC" }]);

    await ensureFundingDayTotals(ZONE);
    expect(await storedTotals()).toEqual(newYork);
  });

  it("a sync that fails part-way leaves the totals equal to the pages it committed", async () => {
    await ensureFundingDayTotals(ZONE);
    api.records.push(...generateFundingRecords(250, { seed: 6 }));
    const failing = await syncPagesWith(api, (n) => n === 2 && api.failNext(4, "500"));
    expect(failing).toMatchObject({ status: "FAILED", newCount: 200 });
    const partial = await storedTotals();
    expect(partial.detail.reduce((n, row) => n + row.count, 0)).toBe(200);
    expect(partial).toEqual(await totalsFromRecords(ZONE));

    expect(await syncFrom(api, undefined, 100)).toMatchObject({ status: "SUCCEEDED", newCount: 50 });
    expect(await storedTotals()).toEqual(await totalsFromRecords(ZONE));
  });
});
