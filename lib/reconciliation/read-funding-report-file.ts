// Reads an uploaded funding report file record by record: the CSV of our export (or the
// provider's own column names, in any order, any case) or the JSON `{records: […]}` of the
// API. Yields raw records with where they came from; validation is the caller's.
import { Readable } from "node:stream";

import { CsvError, parse } from "csv-parse";

import { FUNDING_RECORD_FIELDS, type FundingRecordField } from "@/lib/providers/chargeafter/funding-record-schema";

import { AMOUNT_COLUMNS, unescapeFormula } from "./funding-csv-format";

export type FileFormat = "csv" | "json";

export type RawFileRecord = {
  /** 1-based position among the file's records. */
  position: number;
  /** Line of the file the record ends on (CSV), or null (JSON). */
  line: number | null;
  raw: unknown;
  /** Fields the file has no column for (CSV): the record says nothing about them. */
  absent: readonly FundingRecordField[];
};

/** A file that cannot be read at all (not a row problem). */
export class FundingFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FundingFileError";
  }
}

const REQUIRED: FundingRecordField[] = [
  "transactionId",
  "transactionType",
  "transactionDate",
  "transactionAmount",
  "discountAmount",
  "netAmount",
  "updatedAt",
  "status",
];
const byLowerName = new Map(FUNDING_RECORD_FIELDS.map((field) => [field.toLowerCase(), field]));

export function detectFormat(fileName: string, content: Buffer): FileFormat {
  if (/\.json$/i.test(fileName)) return "json";
  if (/\.csv$/i.test(fileName)) return "csv";
  const start = content
    .subarray(0, 64)
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .trimStart();
  return start.startsWith("{") || start.startsWith("[") ? "json" : "csv";
}

export function readFundingReportFile(format: FileFormat, content: Buffer): AsyncIterable<RawFileRecord> {
  return format === "json" ? readJson(content) : readCsv(content);
}

async function* readJson(content: Buffer): AsyncIterable<RawFileRecord> {
  let body: unknown;
  try {
    body = JSON.parse(content.toString("utf8").replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new FundingFileError(`The file is not valid JSON (${(error as Error).message}).`);
  }
  const records = Array.isArray(body) ? body : (body as { records?: unknown } | null)?.records;
  if (!Array.isArray(records))
    throw new FundingFileError(
      'The JSON file has no "records" list: expected {"records": [ … ]} as ChargeAfter\'s report sends it.',
    );
  let position = 0;
  for (const raw of records) yield { position: ++position, line: null, raw, absent: [] };
}

async function* readCsv(content: Buffer): AsyncIterable<RawFileRecord> {
  let fields: (FundingRecordField | null)[] | undefined;
  let absent: FundingRecordField[] = [];
  const parser = Readable.from([content]).pipe(
    parse({ bom: true, info: true, skip_empty_lines: true, relax_column_count: false }),
  );
  let position = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (!fields) {
        fields = readHeader(record);
        absent = FUNDING_RECORD_FIELDS.filter((field) => !fields!.includes(field));
        continue;
      }
      const raw: Record<string, string> = {};
      record.forEach((value, i) => {
        const field = fields![i];
        if (field) raw[field] = AMOUNT_COLUMNS.has(field) ? value : unescapeFormula(value);
      });
      yield { position: ++position, line: info.lines, raw, absent };
    }
  } catch (error) {
    if (error instanceof FundingFileError) throw error;
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw new FundingFileError(
        `The CSV cannot be read${line ? ` at line ${line}` : ""}: ${error.message.replace(/^Invalid Record Length: /, "")}`,
      );
    }
    throw error;
  }
  if (!fields) throw new FundingFileError("The file is empty: expected a header row and one row per funding record.");
}

/** Header names to report fields; unknown columns are ignored, a missing required one is an error. */
function readHeader(header: string[]): (FundingRecordField | null)[] {
  const fields = header.map((name) => byLowerName.get(name.trim().toLowerCase()) ?? null);
  const seen = new Set<string>();
  for (const field of fields) {
    if (!field) continue;
    if (seen.has(field)) throw new FundingFileError(`The header names the column ${field} twice.`);
    seen.add(field);
  }
  const missing = REQUIRED.filter((field) => !seen.has(field));
  if (missing.length) {
    throw new FundingFileError(
      `The header lacks the column${missing.length === 1 ? "" : "s"} ${missing.join(", ")}. Expected the export's header (${FUNDING_RECORD_FIELDS.join(", ")}) in any order.`,
    );
  }
  return fields;
}
