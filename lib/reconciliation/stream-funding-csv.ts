// Streams the filtered funding records as CSV (CONTRACT.md "CSV export") in constant
// memory: a server-side cursor in one read-only REPEATABLE READ transaction (one consistent
// snapshot, even while a sync writes) is fetched in batches, each batch is written through
// csv-stringify and handed to the reader only when it asks for more (backpressure).
// Amounts and times are formatted by PostgreSQL as text, so no value passes through a float.
import { stringify, type Stringifier } from "csv-stringify";
import type pg from "pg";
import { pgPool } from "../db/pg-pool";
import { AMOUNT_COLUMNS, escapeFormula, FUNDING_CSV_COLUMNS } from "./funding-csv-format";
import type { FundingFilters } from "./funding-filters";
import { DATE_COLUMNS, fundingWhereSql, SqlParams } from "./funding-where";

export type FundingCsvOutcome = { rowCount: number; completed: boolean; error?: Error };

export type StreamFundingCsvInput = {
  filters: FundingFilters;
  timeZone: string;
  batchSize?: number;
  /** Called once, when the last row was handed over or the reader went away. */
  onFinish?: (outcome: FundingCsvOutcome) => Promise<void> | void;
};

const TIME_COLUMNS = new Set(["transactionDate", "fundedAt", "updatedAt"]);
const iso = (column: string) => `to_char(f."${column}" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
/** The export's columns as PostgreSQL formats them (also used by the benchmark's psql comparison). */
export const FUNDING_CSV_SELECT = FUNDING_CSV_COLUMNS.map((column) =>
  AMOUNT_COLUMNS.has(column) ? `f."${column}"::text` : TIME_COLUMNS.has(column) ? iso(column) : `f."${column}"`,
).join(", ");
/** Positions of the text cells that get formula escaping (amounts and times never need it). */
const TEXT_CELLS = FUNDING_CSV_COLUMNS.flatMap((column, i) => (AMOUNT_COLUMNS.has(column) || TIME_COLUMNS.has(column) ? [] : [i]));

export function streamFundingCsv(input: StreamFundingCsvInput): ReadableStream<Uint8Array> {
  const batchSize = input.batchSize ?? 5000;
  let client: pg.PoolClient | undefined;
  let rowCount = 0;
  let finished = false;
  let next: Promise<string[][]> | undefined;
  const stringifier: Stringifier = stringify({ header: true, columns: [...FUNDING_CSV_COLUMNS], record_delimiter: "\r\n", quote_record_delimiter: true });

  const finish = async (outcome: FundingCsvOutcome) => {
    if (finished) return;
    finished = true;
    const held = client;
    client = undefined;
    if (held) {
      await held.query(outcome.completed ? "COMMIT" : "ROLLBACK").catch(() => {});
      held.release(outcome.error);
    }
    await input.onFinish?.(outcome);
  };

  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          client ??= await openCursor(input);
          const rows = await (next ?? fetchBatch(client, batchSize));
          // Ask for the next batch before writing this one: PostgreSQL reads and formats it
          // on the other core while csv-stringify works here.
          next = rows.length < batchSize ? undefined : fetchBatch(client, batchSize);
          next?.catch(() => {}); // awaited by the next pull; never an unhandled rejection meanwhile
          for (const row of rows) {
            for (const i of TEXT_CELLS) if (row[i]) row[i] = escapeFormula(row[i]!);
            stringifier.write(row);
          }
          rowCount += rows.length;
          const last = rows.length < batchSize;
          const chunk = drain(stringifier);
          if (chunk.length) controller.enqueue(chunk);
          if (last) {
            await endOf(stringifier);
            const tail = drain(stringifier);
            if (tail.length) controller.enqueue(tail);
            await finish({ rowCount, completed: true });
            controller.close();
          }
        } catch (error) {
          await finish({ rowCount, completed: false, error: error as Error });
          controller.error(error);
        }
      },
      async cancel() {
        await finish({ rowCount, completed: false });
      },
    },
    // Up to two batches (~2.5 MB) wait for a slow reader; then no more is fetched until it
    // takes one (backpressure). Working ahead keeps the database busy while the socket writes.
    { highWaterMark: 2 },
  );
}

/** Every column is text (formatted by PostgreSQL): hand the strings over as they are. */
const asText = { getTypeParser: () => (value: string) => value };

async function fetchBatch(client: pg.PoolClient, batchSize: number): Promise<string[][]> {
  const { rows } = await client.query<string[]>({ text: `FETCH FORWARD ${batchSize} FROM funding_export`, rowMode: "array", types: asText });
  return rows;
}

async function openCursor(input: StreamFundingCsvInput): Promise<pg.PoolClient> {
  const params = new SqlParams();
  const where = fundingWhereSql(input.filters, params, input.timeZone);
  const column = DATE_COLUMNS[input.filters.dateField];
  const client = await pgPool().connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    await client.query(
      `DECLARE funding_export NO SCROLL CURSOR FOR
       SELECT ${FUNDING_CSV_SELECT} FROM "FundingRecord" f WHERE ${where} ORDER BY ${column} DESC, f."transactionId" DESC`,
      params.values,
    );
    return client;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    client.release();
    throw error;
  }
}

/** Ends the stringifier and waits for its flush (the header of an empty export is written there). */
function endOf(stringifier: Stringifier): Promise<void> {
  return new Promise((resolve, reject) => {
    stringifier.once("error", reject);
    stringifier.end(() => resolve());
  });
}

/** Everything the stringifier has produced so far, as one UTF-8 chunk. Its transform is synchronous. */
function drain(stringifier: Stringifier): Uint8Array {
  const parts: Buffer[] = [];
  for (let part: Buffer | null; (part = stringifier.read() as Buffer | null) !== null; ) parts.push(part);
  const joined = Buffer.concat(parts);
  return new Uint8Array(joined.buffer, joined.byteOffset, joined.byteLength);
}
