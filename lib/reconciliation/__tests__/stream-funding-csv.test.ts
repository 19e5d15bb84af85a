// The CSV export, cell by cell: the header, quoting, line breaks, formula escaping, UTF-8.
import { parse } from "csv-parse/sync";
import { beforeEach, describe, expect, it } from "vitest";

import { escapeFormula, unescapeFormula } from "@/lib/csv/escape-formula";
import { db } from "@/lib/db/client";
import { pgPool } from "@/lib/db/pg-pool";
import { generateFundingRecords } from "@/test/fakes/chargeafter-funding-api";
import { resetDatabase } from "@/test/reset-database";

import { csv, HEADER, parseCsv, store } from "./make-funding-csv";

beforeEach(resetDatabase);

describe("streamFundingCsv: cells", () => {
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
});
