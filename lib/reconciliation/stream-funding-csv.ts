// Streams the filtered funding records as CSV (CONTRACT.md "CSV export") in constant
// memory. PostgreSQL writes the CSV itself (COPY, one statement so one consistent snapshot,
// even while a sync writes); Node only turns its LF record ends into CRLF on the way out.
// Amounts and times are formatted by PostgreSQL as text, so no value passes through a float.
import { CsvCrlf } from "@/lib/csv/csv-crlf";
import { FORMULA_START_CODES } from "@/lib/csv/escape-formula";
import { Prisma } from "@/lib/db/client";
import { copyToStream } from "@/lib/db/copy-to-stream";
import { inlineSqlParams } from "@/lib/db/inline-sql-params";

import { AMOUNT_COLUMNS, FUNDING_CSV_COLUMNS } from "./funding-csv-format";
import type { FundingFilters } from "./funding-filters";
import { DATE_COLUMNS, fundingWhereSql } from "./funding-where";

export type FundingCsvOutcome = { rowCount: number; completed: boolean; error?: Error };

export type StreamFundingCsvInput = {
  filters: FundingFilters;
  timeZone: string;
  /** Called once, when the last row was handed over, the export failed or the reader went away. */
  onFinish?: (outcome: FundingCsvOutcome) => Promise<void> | void;
};

const TIME_COLUMNS = new Set(["transactionDate", "fundedAt", "updatedAt"]);

function cellSql(column: string): string {
  const value = `f."${column}"`;
  if (AMOUNT_COLUMNS.has(column)) return `${value}::text`;
  if (TIME_COLUMNS.has(column)) return `to_char(${value} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  // escapeFormula in SQL; NULLIF because COPY writes "" for an empty string, and the export
  // has always written an empty cell for it, as for NULL.
  return `CASE WHEN ascii(${value}) IN (${FORMULA_START_CODES.join(", ")}) THEN '''' || ${value} ELSE NULLIF(${value}, '') END`;
}

/** The export's cells over `"FundingRecord" f`, as PostgreSQL formats them (also the benchmark's psql \copy). */
export const FUNDING_CSV_SELECT = FUNDING_CSV_COLUMNS.map((column) => `${cellSql(column)} AS "${column}"`).join(", ");

export function streamFundingCsv(input: StreamFundingCsvInput): ReadableStream<Uint8Array> {
  const crlf = new CsvCrlf();
  return copyToStream({
    sql: () => fundingCopySql(input),
    transform: (chunk) => crlf.convert(chunk),
    onFinish: ({ completed, rowCount, error }) =>
      input.onFinish?.({
        // Cut short, the count is of the rows handed over (record ends but the header's).
        rowCount: rowCount ?? Math.max(0, crlf.records - 1),
        completed,
        ...(error ? { error } : {}),
      }),
  });
}

/** The export's SELECT: the filtered records, newest first like the page (also the tests' reference order). */
export function fundingExportSelect(filters: FundingFilters, timeZone: string): Prisma.Sql {
  const order = Prisma.sql`${DATE_COLUMNS[filters.dateField]} DESC, f."transactionId" DESC`;
  return Prisma.sql`SELECT ${Prisma.raw(FUNDING_CSV_SELECT)} FROM "FundingRecord" f WHERE ${fundingWhereSql(filters, timeZone)} ORDER BY ${order}`;
}

function fundingCopySql(input: StreamFundingCsvInput): string {
  // COPY takes no bind parameters: the filter's values are written in as escaped literals.
  const select = fundingExportSelect(input.filters, input.timeZone);
  return `COPY (${inlineSqlParams(select.text, select.values)}) TO STDOUT WITH (FORMAT csv, HEADER true)`;
}
