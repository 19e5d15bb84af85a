// Shared by the CSV export's tests: records stored as a sync stores them, volume seeded in
// SQL, the export read whole or as a reader, and the filtered set read with bound parameters.
import { parse } from "csv-parse/sync";

import { db, Prisma } from "@/lib/db/client";
import { pgPool } from "@/lib/db/pg-pool";
import { parseFundingRecord } from "@/lib/providers/chargeafter/funding-record-schema";
import { FUNDING_CSV_HEADER } from "@/lib/reconciliation/funding-csv-format";
import { noFundingFilters, type FundingFilters } from "@/lib/reconciliation/funding-filters";
import { DATE_COLUMNS, fundingWhereSql } from "@/lib/reconciliation/funding-where";
import { streamFundingCsv, type FundingCsvOutcome } from "@/lib/reconciliation/stream-funding-csv";
import { upsertFundingRecords } from "@/lib/reconciliation/upsert-funding-records";
import { withFundingWriteTransaction } from "@/lib/reconciliation/with-funding-write-transaction";

export const HEADER = FUNDING_CSV_HEADER;

export async function store(raw: object[]) {
  const records = raw.map((r) => {
    const parsed = parseFundingRecord(r);
    if (!parsed.ok) throw new Error(parsed.reasons.join("; "));
    return parsed.record;
  });
  const run = await db().syncRun.create({ data: { source: "FILE", startedByEmail: "test" } });
  await withFundingWriteTransaction((client) => upsertFundingRecords(client, records, run.id));
}

export async function csv(
  filters = noFundingFilters,
  timeZone = "UTC",
): Promise<{ text: string; outcome: FundingCsvOutcome }> {
  let outcome: FundingCsvOutcome | undefined;
  const stream = streamFundingCsv({ filters, timeZone, onFinish: (o) => void (outcome = o) });
  const text = await new Response(stream).text();
  return { text, outcome: outcome! };
}

export const parseCsv = (text: string) =>
  parse(text, { columns: true, record_delimiter: "\r\n" }) as Record<string, string>[];

/** `count` plain records straight in SQL: volume for the streaming tests, in a second. */
export async function seedRows(count: number) {
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
export async function copyBackends(): Promise<number> {
  const { rows } = await pgPool().query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend' AND state <> 'idle' AND query LIKE 'COPY (SELECT%'`,
  );
  return rows[0]!.n;
}

export async function eventually(check: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`still not true after 5 s: ${what}`);
}

/** An export read chunk by chunk (UTC, no filter unless given); `finished.outcome` once it ended. */
export function exportReader(filters: FundingFilters = noFundingFilters) {
  const finished: { outcome?: FundingCsvOutcome } = {};
  const stream = streamFundingCsv({ filters, timeZone: "UTC", onFinish: (o) => void (finished.outcome = o) });
  return { reader: stream.getReader(), finished };
}

/** The filtered set's ids in export order, through the same WHERE with bound parameters. */
export async function boundQueryIds(filters: FundingFilters, timeZone: string): Promise<string[]> {
  const sql = Prisma.sql`SELECT f."transactionId" AS id FROM "FundingRecord" f WHERE ${fundingWhereSql(filters, timeZone)}
    ORDER BY ${DATE_COLUMNS[filters.dateField]} DESC, f."transactionId" DESC`;
  const { rows } = await pgPool().query<{ id: string }>(sql.text, sql.values);
  return rows.map((r) => r.id);
}
