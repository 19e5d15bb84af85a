import { parse } from "csv-parse/sync";
import { beforeEach, describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { pgPool } from "@/lib/db/pg-pool";
import { parseFundingRecord } from "@/lib/providers/chargeafter/funding-record-schema";
import { escapeFormula, FUNDING_CSV_COLUMNS, unescapeFormula } from "@/lib/reconciliation/funding-csv-format";
import { fundingFiltersSchema, noFundingFilters, type FundingFilters } from "@/lib/reconciliation/funding-filters";
import { DATE_COLUMNS, fundingWhereSql, SqlParams } from "@/lib/reconciliation/funding-where";
import { streamFundingCsv, type FundingCsvOutcome } from "@/lib/reconciliation/stream-funding-csv";
import { upsertFundingRecords } from "@/lib/reconciliation/upsert-funding-records";
import { withFundingWriteTransaction } from "@/lib/reconciliation/with-funding-write-transaction";
import { generateFundingRecords } from "@/test/fakes/chargeafter-funding-api";
import { resetDatabase } from "@/test/reset-database";

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

async function csv(
  filters = noFundingFilters,
  timeZone = "UTC",
): Promise<{ text: string; outcome: FundingCsvOutcome }> {
  let outcome: FundingCsvOutcome | undefined;
  const stream = streamFundingCsv({ filters, timeZone, onFinish: (o) => void (outcome = o) });
  const text = await new Response(stream).text();
  return { text, outcome: outcome! };
}

const parseCsv = (text: string) => parse(text, { columns: true, record_delimiter: "\r\n" }) as Record<string, string>[];

/** `count` plain records straight in SQL: volume for the streaming tests, in a second. */
async function seedRows(count: number) {
  await pgPool().query(
    `INSERT INTO "FundingRecord" ("transactionId", "chargeId", "transactionType", "transactionDate", "transactionAmount", "discountAmount",
       "netAmount", "fundedAt", "updatedAt", status, "lenderName", "merchantOrderId", "merchantTransactionId", "productType", "promoCode",
       "firstName", "lastName", email)
     SELECT 'bulk_txn_' || lpad(i::text, 8, '0'), 'bulk_chg_' || lpad(i::text, 8, '0'), 'Settle', timestamptz '2026-01-01' + i * interval '17 seconds',
       1000 + i % 9000 + 0.99, 25.5, 974.5 + i % 9000 + 0.99, timestamptz '2026-01-03' + i * interval '17 seconds', now(), 'RECONCILED',
       'Northwind Lending', 'ORD-' || i, 'MT-' || i, 'Installments', 'PROMO' || i % 12, 'Margaret', 'Hamilton', 'margaret.hamilton.' || i || '@example.com'
     FROM generate_series(1, $1::int) i`,
    [count],
  );
}

/** Backends of this database still running an export's COPY. */
async function copyBackends(): Promise<number> {
  const { rows } = await pgPool().query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend' AND state <> 'idle' AND query LIKE 'COPY (SELECT%'`,
  );
  return rows[0]!.n;
}

async function eventually(check: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`still not true after 5 s: ${what}`);
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
    await store([
      {
        ...record,
        transactionAmount: 1299.9,
        discountAmount: 10,
        netAmount: 1289.9,
        transactionDate: "2026-11-03T09:30:00-05:00",
      },
    ]);
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
      {
        ...a,
        firstName: 'Jo "JJ" Smith',
        lastName: "Nguyễn, Thị",
        promoCode: '=HYPERLINK("http://x")',
        transactionDate: "2026-11-02T00:00:00Z",
      },
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
    const { text, outcome } = await csv();
    expect(outcome).toEqual({ rowCount: 1234, completed: true });
    const parsed = parse(text, { columns: true, record_delimiter: "\r\n" }) as Record<string, string>[];
    const stored = await db().fundingRecord.findMany({
      orderBy: [{ transactionDate: "desc" }, { transactionId: "desc" }],
    });
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

  it("a reader that goes away stops the COPY, discards its connection and says the export did not complete", async () => {
    await seedRows(20_000);
    const pool = pgPool();
    let outcome: FundingCsvOutcome | undefined;
    const stream = streamFundingCsv({
      filters: noFundingFilters,
      timeZone: "UTC",
      onFinish: (o) => void (outcome = o),
    });
    const reader = stream.getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value!)).toMatch(new RegExp(`^${HEADER}\r\n`));
    await reader.cancel();
    // It may have read a few chunks ahead of the reader, never the whole set.
    expect(outcome?.completed).toBe(false);
    expect(outcome!.rowCount).toBeGreaterThan(0);
    expect(outcome!.rowCount).toBeLessThan(20_000);
    expect(outcome!.error).toBeUndefined();
    // The connection was mid-COPY: the pool dropped it, and the server ended that backend.
    expect(pool.totalCount).toBe(pool.idleCount);
    await eventually(async () => (await copyBackends()) === 0, "the COPY backend is gone");
    const { rows } = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction'`,
    );
    expect(rows[0]!.n).toBe(0);
    // Every connection left in the pool still works, and the next export is whole.
    await Promise.all(Array.from({ length: 8 }, () => pool.query("SELECT 1")));
    expect((await csv()).outcome).toEqual({ rowCount: 20_000, completed: true });
  });

  it("a completed export gives its connection back to the pool, ready for the next query", async () => {
    await seedRows(3000);
    const pool = pgPool();
    await csv();
    expect(pool.totalCount).toBe(pool.idleCount);
    const { rows } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM "FundingRecord"`);
    expect(rows[0]!.n).toBe(3000);
  });

  it("records end in CRLF while a line break inside a cell stays LF (CR and CRLF too)", async () => {
    const [a, b] = generateFundingRecords(2);
    await store([
      { ...a, merchantOrderId: "line1\nline2", transactionDate: "2026-11-02T00:00:00Z" },
      { ...b, firstName: "cr\rhere", lastName: "both\r\nhere", transactionDate: "2026-11-01T00:00:00Z" },
    ]);
    const { text, outcome } = await csv();
    expect(outcome).toEqual({ rowCount: 2, completed: true });
    expect(text).toContain(`,"line1\nline2",`);
    expect(text).toContain(`,"cr\rhere","both\r\nhere",`);
    // Outside those quoted cells every line break is a record end, CRLF.
    const outside = text.replace(/"(?:[^"]|"")*"/g, "");
    expect(outside.match(/\r\n/g)).toHaveLength(3);
    expect(outside.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(parseCsv(text).map((r) => [r.merchantOrderId, r.firstName, r.lastName])).toEqual([
      ["line1\nline2", a!.firstName, a!.lastName],
      [b!.merchantOrderId, "cr\rhere", "both\r\nhere"],
    ]);
  });

  it("quotes a cell with quotes, doubling them, and only such cells", async () => {
    const [record] = generateFundingRecords(1);
    await store([{ ...record, firstName: '"', lastName: 'say "hi"', promoCode: "O'Brien" }]);
    const { text } = await csv();
    expect(text).toContain(`,"""","say ""hi""",`);
    expect(text).toContain(`,O'Brien,`);
    expect(parseCsv(text)[0]).toMatchObject({ firstName: '"', lastName: 'say "hi"', promoCode: "O'Brien" });
  });

  it('writes an empty string as an empty cell, like NULL (never as "")', async () => {
    const [record] = generateFundingRecords(1);
    await store([{ ...record, promoCode: null, lenderName: "x", firstName: "y" }]);
    await pgPool().query(`UPDATE "FundingRecord" SET "lenderName" = '', "firstName" = '', "lastName" = NULL`);
    const { text } = await csv();
    expect(text).not.toContain('""');
    const [row] = parseCsv(text);
    expect([row!.lenderName, row!.promoCode, row!.firstName, row!.lastName]).toEqual(["", "", "", ""]);
    expect(
      text
        .split("\r\n")[1]!
        .split(",")
        .filter((cell) => cell === "").length,
    ).toBeGreaterThanOrEqual(4);
  });

  it("escapes a formula at the start of a text cell only: not in the middle, not a lone quote, not amounts or times", async () => {
    const [record] = generateFundingRecords(1);
    await store([
      {
        ...record,
        firstName: "a=b",
        lastName: "'=already",
        promoCode: "\rCR",
        merchantOrderId: "＝fullwidth",
        transactionAmount: -5,
        discountAmount: 0,
        netAmount: -5,
      },
    ]);
    const { text } = await csv();
    const [row] = parseCsv(text);
    expect([row!.firstName, row!.lastName, row!.promoCode, row!.merchantOrderId]).toEqual([
      "a=b",
      "'=already",
      "'\rCR",
      "'＝fullwidth",
    ]);
    expect([row!.transactionAmount, row!.discountAmount, row!.netAmount]).toEqual(["-5.00", "0.00", "-5.00"]);
  });

  it("prefixes cells beginning with LF, ;, | and full-width ＝ ＋ － ＠, in COPY as in escapeFormula", async () => {
    const starts = ["\nLF", ";SEMI", "|PIPE", "＝FW", "＋FW", "－FW", "＠FW"];
    const stored = generateFundingRecords(starts.length).map((r, i) => ({
      ...r,
      firstName: starts[i]!,
      lastName: `x${starts[i]!}`,
      transactionDate: `2026-11-${String(10 - i).padStart(2, "0")}T00:00:00Z`,
    }));
    await store(stored);
    const rows = parseCsv((await csv()).text);
    expect(rows.map((r) => r.firstName)).toEqual(starts.map((value) => `'${value}`));
    expect(rows.map((r) => r.firstName)).toEqual(starts.map(escapeFormula));
    expect(rows.map((r) => r.lastName)).toEqual(starts.map((value) => `x${value}`));
    expect(rows.map((r) => unescapeFormula(r.firstName!))).toEqual(starts);
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

  it("a connection lost mid-way errors the stream and reports the error", async () => {
    await seedRows(100_000);
    let outcome: FundingCsvOutcome | undefined;
    const reader = streamFundingCsv({
      filters: noFundingFilters,
      timeZone: "UTC",
      onFinish: (o) => void (outcome = o),
    }).getReader();
    await reader.read();
    // The export is ~25 MB, more than the socket buffers hold: the backend is still sending.
    await eventually(async () => (await copyBackends()) === 1, "the COPY is running").catch(async (error) => {
      await reader.cancel();
      throw error;
    });
    await pgPool().query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend' AND query LIKE 'COPY (SELECT%'`,
    );
    const drain = async () => {
      for (;;) if ((await reader.read()).done) return;
    };
    await expect(drain()).rejects.toThrow(/terminat/i);
    expect(outcome?.completed).toBe(false);
    expect(outcome?.error?.message).toMatch(/terminat/i);
    expect(outcome!.rowCount).toBeLessThan(100_000);
    expect(pgPool().totalCount).toBe(pgPool().idleCount);
    expect((await csv(fundingFiltersSchema.parse({ q: "bulk_txn_00000007" }))).outcome).toEqual({
      rowCount: 1,
      completed: true,
    });
  });

  it("a filter that cannot be written as SQL errors the stream and reports it, holding no connection", async () => {
    let outcome: FundingCsvOutcome | undefined;
    const stream = streamFundingCsv({
      filters: { ...noFundingFilters, q: "nul\0byte" },
      timeZone: "UTC",
      onFinish: (o) => void (outcome = o),
    });
    await expect(new Response(stream).text()).rejects.toThrow(/NUL/);
    expect(outcome).toMatchObject({ rowCount: 0, completed: false, error: expect.any(RangeError) });
    expect(pgPool().totalCount).toBe(pgPool().idleCount);
  });

  it("throughput: 100k rows (printed, not asserted)", async () => {
    await seedRows(100_000);
    for (const run of ["cold", "warm"]) {
      const started = performance.now();
      const cpu = process.cpuUsage();
      const rss = process.memoryUsage.rss();
      let peak = rss;
      let bytes = 0;
      let outcome: FundingCsvOutcome | undefined;
      const reader = streamFundingCsv({
        filters: noFundingFilters,
        timeZone: "UTC",
        onFinish: (o) => void (outcome = o),
      }).getReader();
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        bytes += chunk.value.byteLength;
        peak = Math.max(peak, process.memoryUsage.rss());
      }
      const seconds = (performance.now() - started) / 1000;
      const { user, system } = process.cpuUsage(cpu);
      expect(outcome).toEqual({ rowCount: 100_000, completed: true });
      console.log(
        `[stream-funding-csv] ${run}: 100000 rows, ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(2)} s = ${Math.round(100_000 / seconds)} rows/s; ` +
          `Node CPU ${((user + system) / 100_000).toFixed(2)} µs/row, RSS +${((peak - rss) / 2 ** 20).toFixed(1)} MiB at most`,
      );
    }
  }, 120_000);
});

/** The filtered set's ids in export order, through the same WHERE with bound parameters. */
async function boundQueryIds(filters: FundingFilters, timeZone: string): Promise<string[]> {
  const params = new SqlParams();
  const where = fundingWhereSql(filters, params, timeZone);
  const { rows } = await pgPool().query<{ id: string }>(
    `SELECT f."transactionId" AS id FROM "FundingRecord" f WHERE ${where} ORDER BY ${DATE_COLUMNS[filters.dateField]} DESC, f."transactionId" DESC`,
    params.values,
  );
  return rows.map((r) => r.id);
}
