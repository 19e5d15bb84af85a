// The CSV export holds exactly the filtered records, in the page's order, whatever the filter.
import { parse } from "csv-parse/sync";
import { beforeEach, describe, expect, it } from "vitest";

import { unescapeFormula } from "@/lib/csv/escape-formula";
import { db } from "@/lib/db/client";
import { pgPool } from "@/lib/db/pg-pool";
import { fundingFiltersSchema } from "@/lib/reconciliation/funding-filters";
import { generateFundingRecords } from "@/test/fakes/chargeafter-funding-api";
import { resetDatabase } from "@/test/reset-database";

import { boundQueryIds, csv, parseCsv, store } from "./make-funding-csv";

beforeEach(resetDatabase);

describe("streamFundingCsv: the filtered set", () => {
  it("exports only the filtered records", async () => {
    await store(generateFundingRecords(70));
    const filters = fundingFiltersSchema.parse({ status: ["RECONCILED", "MISSING"] });
    const { text, outcome } = await csv(filters);
    expect(outcome.rowCount).toBe(20);
    const rows = parse(text, { columns: true }) as { status: string }[];
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(["RECONCILED", "MISSING"]));
  });

  it("several thousand records, odd cells among them, parse back to exactly the stored records", async () => {
    const odd = [
      "=SUM(A1:A9)",
      'He said "no", then left',
      "multi\nline\r\nvalue",
      "-",
      "@",
      "\tx",
      "Nguyễn 🎉",
      " padded ",
      ",",
    ];
    await store(
      generateFundingRecords(4000).map((r, i) =>
        i % 5 ? r : { ...r, firstName: odd[i % odd.length]!, lastName: odd[(i + 3) % odd.length]! },
      ),
    );
    const { text, outcome } = await csv();
    expect(outcome).toEqual({ rowCount: 4000, completed: true });
    const stored = await db().fundingRecord.findMany({
      orderBy: [{ transactionDate: "desc" }, { transactionId: "desc" }],
    });
    const parsed = parseCsv(text);
    expect(parsed.map((r) => r.transactionId)).toEqual(stored.map((r) => r.transactionId));
    expect(
      parsed.map((r) => [unescapeFormula(r.firstName!), unescapeFormula(r.lastName!), r.netAmount, r.updatedAt]),
    ).toEqual(
      stored.map((r) => [r.firstName ?? "", r.lastName ?? "", r.netAmount.toFixed(2), r.updatedAt.toISOString()]),
    );
  });

  it("exports the same records, in the same order, as the filters' bound query gives, for every kind of filter", async () => {
    await store(generateFundingRecords(300));
    const cases: Record<string, unknown>[] = [
      { from: "2026-10-15", to: "2026-11-05" },
      { from: "2026-11-01", dateField: "fundedAt" },
      { to: "2026-10-20", status: ["RECONCILED", "MISSING", "CHARGEBACK"] },
      { lender: ["Acme Credit", "Sunrise Pay"], productType: ["Installments"] },
      { transactionType: ["Refund", "Settle"], match: "unmatched" },
      { q: "ca_txn_00000042" },
      { q: "MÜLLER" },
      { lender: ["nobody's lender"] },
    ];
    for (const raw of cases) {
      for (const timeZone of ["UTC", "America/New_York", "Pacific/Kiritimati"]) {
        const filters = fundingFiltersSchema.parse(raw);
        const { text, outcome } = await csv(filters, timeZone);
        const expected = await boundQueryIds(filters, timeZone);
        expect(
          parseCsv(text).map((r) => r.transactionId),
          JSON.stringify({ raw, timeZone }),
        ).toEqual(expected);
        expect(outcome).toEqual({ rowCount: expected.length, completed: true });
      }
    }
  });

  it("matches a hostile search literally: quotes, backslashes and SQL in q are only text", async () => {
    const [a, b, c] = generateFundingRecords(3);
    const injection = `'); DROP TABLE "FundingRecord"; --`;
    const slashes = `back\\slash\\'quote"d\\`;
    await store([
      { ...a, merchantOrderId: injection },
      { ...b, merchantOrderId: slashes },
      { ...c, merchantOrderId: "plain" },
    ]);
    await pgPool().query(`UPDATE "FundingRecord" SET email = $1 WHERE "transactionId" = $2`, [
      `x\\_%'"@example.com`,
      c!.transactionId,
    ]);
    for (const [q, id] of [
      [injection, a!.transactionId],
      [slashes, b!.transactionId],
      [`\\_%'"@`, c!.transactionId],
    ] as const) {
      const { text, outcome } = await csv(fundingFiltersSchema.parse({ q }));
      expect(outcome, q).toEqual({ rowCount: 1, completed: true });
      expect(parseCsv(text).map((r) => r.transactionId)).toEqual([id]);
    }
    // LIKE's special characters, quotes and backslashes match as themselves (in c's email), or nothing.
    const counts = { "\\_%": 1, "%'\"": 1, "x\\_%'\"@example.com": 1, "\\\\\\": 0, ___: 0, "%%%": 0, "'''": 0, $1$: 0 };
    for (const [q, n] of Object.entries(counts))
      expect((await csv(fundingFiltersSchema.parse({ q }))).outcome.rowCount, q).toBe(n);
    expect(await db().fundingRecord.count()).toBe(3);
  });
});
