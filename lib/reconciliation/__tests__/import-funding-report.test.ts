import { readFileSync } from "node:fs";

import { stringify } from "csv-stringify/sync";
import { beforeEach, describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { FUNDING_CSV_COLUMNS } from "@/lib/reconciliation/funding-csv-format";
import { noFundingFilters } from "@/lib/reconciliation/funding-filters";
import { importFundingReport, MAX_IMPORT_BYTES } from "@/lib/reconciliation/import-funding-report";
import { streamFundingCsv } from "@/lib/reconciliation/stream-funding-csv";
import { generateFundingRecords, type FakeFundingRecord } from "@/test/fakes/chargeafter-funding-api";
import { resetDatabase } from "@/test/reset-database";

import { financeActor } from "./helpers";

beforeEach(resetDatabase);

function toCsv(records: FakeFundingRecord[], columns: readonly string[] = FUNDING_CSV_COLUMNS): string {
  return stringify(
    records.map((r) => columns.map((c) => (r as Record<string, unknown>)[c] ?? "")),
    { header: true, columns: [...columns], record_delimiter: "\r\n", cast: { number: (n) => n.toFixed(2) } },
  );
}

const importFile = (fileName: string, content: string | Buffer) =>
  importFundingReport({ fileName, content, actor: financeActor });

describe("importFundingReport", () => {
  it("imports a good CSV in the export's column order, as a FILE run", async () => {
    const records = generateFundingRecords(120);
    const result = await importFile("november.csv", toCsv(records));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.run).toMatchObject({
      source: "FILE",
      status: "SUCCEEDED",
      fileName: "november.csv",
      fetchedCount: 120,
      newCount: 120,
      changedCount: 0,
    });
    expect(await db().fundingRecord.count()).toBe(120);
    const stored = await db().fundingRecord.findUniqueOrThrow({ where: { transactionId: records[9]!.transactionId } });
    expect(stored.netAmount.toFixed(2)).toBe(records[9]!.netAmount.toFixed(2));
    expect(await db().auditLog.count({ where: { action: "funding.import" } })).toBe(1);

    const again = await importFile("november.csv", toCsv(records));
    expect(again.ok && again.run).toMatchObject({ newCount: 0, unchangedCount: 120 });
  });

  it("accepts the provider's own column names in any order and case (lenderReferenceId too), with a BOM", async () => {
    const records = generateFundingRecords(5);
    const columns = [
      "status",
      "email",
      "transactionId",
      ...FUNDING_CSV_COLUMNS.filter((c) => !["status", "email", "transactionId"].includes(c)),
      "lenderReferenceId",
      "somethingElse",
    ];
    const header = ["Status", "EMAIL", " transactionid ", ...columns.slice(3)].join(",");
    const csv = "\uFEFF" + toCsv(records, columns).replace(/^[^\r]*/, header);
    const result = await importFile("report.csv", csv);
    expect(result.ok).toBe(true);
    const stored = await db().fundingRecord.findUniqueOrThrow({ where: { transactionId: records[2]!.transactionId } });
    expect([stored.status, stored.email, stored.lenderReferenceId]).toEqual([
      records[2]!.status,
      records[2]!.email,
      records[2]!.lenderReferenceId,
    ]);
  });

  it("imports a good JSON report ({records: [...]}, the shared fixture)", async () => {
    const fixture = readFileSync("../shared/fixtures/chargeafter/fundings-report.json");
    const result = await importFile("fundings-report.json", fixture);
    expect(result.ok).toBe(true);
    const stored = await db().fundingRecord.findUniqueOrThrow({ where: { transactionId: "6663c0bd6c45635eaea75aaa" } });
    expect([
      stored.transactionAmount.toFixed(2),
      stored.discountAmount.toFixed(2),
      stored.netAmount.toFixed(2),
    ]).toEqual(["99.99", "10.00", "89.99"]);
  });

  it("a CSV with bad rows: every bad row reported by line number and reason, nothing imported", async () => {
    const records = generateFundingRecords(6);
    records[1]!.transactionAmount = 12.35;
    (records[3] as Record<string, unknown>).status = "";
    records[4]!.transactionId = records[0]!.transactionId;
    // More decimals are stored (rounded, exact text kept); what no column can hold is a bad row.
    const csv = toCsv(records).replace("12.35", "1000000000000.00");
    const result = await importFile("bad.csv", csv);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.rows).toEqual([
      {
        line: 3,
        record: 2,
        transactionId: records[1]!.transactionId,
        reasons: ["transactionAmount: 1000000000000.00 is too large"],
      },
      { line: 5, record: 4, transactionId: records[3]!.transactionId, reasons: ["status: is missing"] },
      {
        line: 6,
        record: 5,
        transactionId: records[0]!.transactionId,
        reasons: ["the same transactionId is already on line 2"],
      },
    ]);
    expect(result.run).toMatchObject({ status: "FAILED", source: "FILE", newCount: 0 });
    expect(result.run.error).toContain("3 bad rows; nothing was imported:\nline 3 (transactionId");
    expect(await db().fundingRecord.count()).toBe(0);
  });

  it("a JSON record that is bad is reported by its position; nothing imported", async () => {
    const records = generateFundingRecords(3);
    const body = { records: [records[0], { ...records[1], netAmount: "ten" }, records[2]] };
    const result = await importFile("r.json", JSON.stringify(body));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.rows).toEqual([
      {
        line: null,
        record: 2,
        transactionId: records[1]!.transactionId,
        reasons: ['netAmount: "ten" is not a plain decimal such as 1299.99'],
      },
    ]);
    expect(await db().fundingRecord.count()).toBe(0);
  });

  it("files that cannot be read at all say why", async () => {
    const cases: [string, string, RegExp][] = [
      ["a.csv", "", /The file is empty/],
      [
        "a.csv",
        "transactionId,status\r\nx,RECONCILED\r\n",
        /lacks the columns transactionType, transactionDate, transactionAmount/,
      ],
      ["a.csv", `${FUNDING_CSV_COLUMNS.join(",")}\r\n"unclosed,1\r\n`, /The CSV cannot be read/],
      ["a.json", "{not json", /not valid JSON/],
      ["a.json", '{"items": []}', /no "records" list/],
      ["a.json", '{"records": []}', /holds no funding records/],
    ];
    for (const [name, content, message] of cases) {
      const result = await importFile(name, content);
      expect(result.ok, content).toBe(false);
      if (!result.ok) expect(result.fileError, content).toMatch(message);
    }
    expect(await db().syncRun.count({ where: { status: "FAILED" } })).toBe(cases.length);
  });

  it("refuses a file over the size cap before reading it", async () => {
    const result = await importFile("huge.csv", Buffer.alloc(MAX_IMPORT_BYTES + 1, 0x41));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.fileError).toBe(
        "The file is 50.0 MiB; the largest accepted is 50 MiB. Split the report by date range and import each part.",
      );
  });

  it("our own export imports back unchanged, formula-escaped cells included", async () => {
    const [record] = generateFundingRecords(1);
    expect(record!.lenderReferenceId).toBeTruthy();
    await importFile(
      "one.json",
      JSON.stringify({ records: [{ ...record, firstName: "=cmd", lastName: "-Smith", promoCode: "@x" }] }),
    );
    const exported = await new Response(streamFundingCsv({ filters: noFundingFilters, timeZone: "UTC" })).text();
    expect(exported).toContain(",'=cmd,'-Smith,");
    const result = await importFile("export.csv", exported);
    expect(result.ok && result.run).toMatchObject({ unchangedCount: 1, changedCount: 0 });
    const stored = await db().fundingRecord.findUniqueOrThrow({ where: { transactionId: record!.transactionId } });
    expect([stored.firstName, stored.lastName, stored.promoCode]).toEqual(["=cmd", "-Smith", "@x"]);
    // The export has no lenderReferenceId column (CONTRACT.md): the stored one is kept, no new version.
    expect([stored.lenderReferenceId, stored.version]).toEqual([record!.lenderReferenceId, 1]);
  });

  it("a file without an optional column leaves that field alone on stored records, and changes the rest", async () => {
    const records = generateFundingRecords(3);
    await importFile("all.json", JSON.stringify({ records }));
    const columns = FUNDING_CSV_COLUMNS.filter((c) => c !== "promoCode");
    const changed = records.map((r, i) =>
      i === 1 ? { ...r, status: "RECONCILED", updatedAt: "2026-11-30T00:00:00.000Z", promoCode: null } : r,
    );
    const result = await importFile(
      "no-promo.csv",
      toCsv([...changed, { ...generateFundingRecords(1, { idPrefix: "new" })[0]!, promoCode: "LOST" }], columns),
    );
    expect(result.ok && result.run).toMatchObject({ newCount: 1, changedCount: 1, unchangedCount: 2 });
    const stored = await db().fundingRecord.findMany({ orderBy: { transactionId: "asc" } });
    const second = stored.find((r) => r.transactionId === records[1]!.transactionId)!;
    expect(records[1]!.promoCode).toBeTruthy();
    expect([second.status, second.promoCode, second.version]).toEqual(["RECONCILED", records[1]!.promoCode, 2]);
    expect(stored.find((r) => r.transactionId.startsWith("new"))!.promoCode).toBeNull(); // a new record: nothing to keep
  });
});
