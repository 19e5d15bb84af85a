import { parse } from "csv-parse/sync";
import { beforeEach, describe, expect, it } from "vitest";
import { generateFundingRecords } from "@/test/fakes/chargeafter-funding-api";
import { resetDatabase } from "@/test/reset-database";
import { db } from "@/lib/db/client";
import { pgPool } from "@/lib/db/pg-pool";
import { parseFundingRecord } from "@/lib/providers/chargeafter/funding-record-schema";
import { FUNDING_CSV_COLUMNS } from "../funding-csv-format";
import { fundingFiltersSchema, noFundingFilters } from "../funding-filters";
import { streamFundingCsv, type FundingCsvOutcome } from "../stream-funding-csv";
import { upsertFundingRecords } from "../upsert-funding-records";
import { withFundingWriteTransaction } from "../with-funding-write-transaction";

const HEADER = FUNDING_CSV_COLUMNS.join(",");

async function store(raw: object[]) {
  const records = raw.map((r) => {
    const parsed = parseFundingRecord(r);
    if (!parsed.ok) throw new Error(parsed.reasons.join("; "));
    return parsed.record;
  });
  const run = await db().syncRun.create({ data: { source: "FILE", startedByEmail: "test" } });
  await withFundingWriteTransaction((client) => upsertFundingRecords(client, records, run.id));
}

async function csv(filters = noFundingFilters, batchSize?: number): Promise<{ text: string; outcome: FundingCsvOutcome }> {
  let outcome: FundingCsvOutcome | undefined;
  const stream = streamFundingCsv({ filters, timeZone: "UTC", batchSize, onFinish: (o) => void (outcome = o) });
  const text = await new Response(stream).text();
  return { text, outcome: outcome! };
}

beforeEach(resetDatabase);

describe("streamFundingCsv", () => {
  it("an empty set: the header only, CRLF", async () => {
    const { text, outcome } = await csv();
    expect(text).toBe(`${HEADER}\r\n`);
    expect(outcome).toEqual({ rowCount: 0, completed: true });
  });

  it("header in the contract's order, CRLF rows, amounts with two places, times ISO 8601 UTC", async () => {
    const [record] = generateFundingRecords(1);
    await store([{ ...record, transactionAmount: 1299.9, discountAmount: 10, netAmount: 1289.9, transactionDate: "2026-11-03T09:30:00-05:00" }]);
    const { text } = await csv();
    const lines = text.split("\r\n");
    expect(lines[0]).toBe(
      "chargeId,transactionId,transactionType,transactionDate,transactionAmount,discountAmount,netAmount,fundedAt,status,lenderName,productType,promoCode,merchantOrderId,merchantTransactionId,firstName,lastName,email,updatedAt",
    );
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe("");
    expect(text.replace(/\r\n/g, "")).not.toMatch(/\n/);
    const cells = lines[1]!.split(",");
    expect(cells.slice(3, 7)).toEqual(["2026-11-03T14:30:00.000Z", "1299.90", "10.00", "1289.90"]);
  });

  it("doubles quotes, quotes commas and line breaks, escapes formulas but not negative amounts, keeps UTF-8 names", async () => {
    const [a, b] = generateFundingRecords(2);
    await store([
      { ...a, firstName: 'Jo "JJ" Smith', lastName: "Nguyễn, Thị", promoCode: "=HYPERLINK(\"http://x\")", transactionDate: "2026-11-02T00:00:00Z" },
      {
        ...b,
        firstName: "+1 555",
        lastName: "-Zoë",
        email: "@evil",
        promoCode: "\tTAB",
        merchantOrderId: "line1\nline2",
        transactionAmount: -100.5,
        discountAmount: -1,
        netAmount: -99.5,
        transactionDate: "2026-11-01T00:00:00Z",
      },
    ]);
    const { text } = await csv();
    expect(text).toContain(`"Jo ""JJ"" Smith","Nguyễn, Thị"`);
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(text).toContain(",-100.50,-1.00,-99.50,");
    expect(text).toContain(",'+1 555,'-Zoë,'@evil,");
    expect(text).toContain(`'\tTAB`);
    expect(text).toContain(`"line1\nline2"`);
    expect(Buffer.from(text, "utf8").includes(Buffer.from("Nguyễn", "utf8"))).toBe(true);
  });

  it("round trip through csv-parse gives back exactly the stored values", async () => {
    await store(generateFundingRecords(1234));
    const { text, outcome } = await csv(noFundingFilters, 100);
    expect(outcome).toEqual({ rowCount: 1234, completed: true });
    const parsed = parse(text, { columns: true, record_delimiter: "\r\n" }) as Record<string, string>[];
    const stored = await db().fundingRecord.findMany({ orderBy: [{ transactionDate: "desc" }, { transactionId: "desc" }] });
    expect(parsed).toHaveLength(stored.length);
    const expected = stored.map((r) => ({
      chargeId: r.chargeId,
      transactionId: r.transactionId,
      transactionType: r.transactionType,
      transactionDate: r.transactionDate.toISOString(),
      transactionAmount: r.transactionAmount.toFixed(2),
      discountAmount: r.discountAmount.toFixed(2),
      netAmount: r.netAmount.toFixed(2),
      fundedAt: r.fundedAt?.toISOString() ?? "",
      status: r.status,
      lenderName: r.lenderName ?? "",
      productType: r.productType ?? "",
      promoCode: r.promoCode ?? "",
      merchantOrderId: r.merchantOrderId ?? "",
      merchantTransactionId: r.merchantTransactionId ?? "",
      firstName: r.firstName ?? "",
      lastName: r.lastName ?? "",
      email: r.email ?? "",
      updatedAt: r.updatedAt.toISOString(),
    }));
    expect(parsed).toEqual(expected);
  });

  it("exports only the filtered records", async () => {
    await store(generateFundingRecords(70));
    const filters = fundingFiltersSchema.parse({ status: ["RECONCILED", "MISSING"] });
    const { text, outcome } = await csv(filters);
    expect(outcome.rowCount).toBe(20);
    const rows = parse(text, { columns: true }) as { status: string }[];
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(["RECONCILED", "MISSING"]));
  });

  it("a reader that goes away releases the cursor and says the export did not complete", async () => {
    await store(generateFundingRecords(300));
    let outcome: FundingCsvOutcome | undefined;
    const stream = streamFundingCsv({ filters: noFundingFilters, timeZone: "UTC", batchSize: 50, onFinish: (o) => void (outcome = o) });
    const reader = stream.getReader();
    await reader.read();
    await reader.cancel();
    // It may have read a batch or two ahead of the reader, never the whole set.
    expect(outcome?.completed).toBe(false);
    expect(outcome!.rowCount).toBeGreaterThanOrEqual(50);
    expect(outcome!.rowCount).toBeLessThanOrEqual(150);
    const { rows } = await pgPool().query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction'`);
    expect(rows[0]!.n).toBe(0);
  });
});
