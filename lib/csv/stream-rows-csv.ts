// A list's rows as an RFC 4180 CSV stream (header row, CRLF, quotes doubled, UTF-8), one
// batch at a time: a batch is read only when the reader has taken the one before, so memory
// holds one batch whatever the export's size. The Excel variant starts with a UTF-8 BOM,
// without which Excel reads the bytes in the machine's legacy code page.
import { stringify } from "csv-stringify/sync";

import type { CsvColumn } from "./csv-columns";

export type CsvOutcome = { rowCount: number; completed: boolean; error?: Error };

export type StreamRowsCsvInput<R> = {
  columns: readonly CsvColumn<R>[];
  batches: AsyncIterable<readonly R[]>;
  timeZone: string;
  bom?: boolean;
  /** Called once: the last row was handed over, a batch failed, or the reader went away. */
  onFinish?: (outcome: CsvOutcome) => Promise<void> | void;
};

const BOM = "\uFEFF";

export function streamRowsCsv<R>(input: StreamRowsCsvInput<R>): ReadableStream<Uint8Array> {
  const { columns, timeZone } = input;
  const encoder = new TextEncoder();
  const lines = (records: (string | null)[][]) => encoder.encode(stringify(records, { record_delimiter: "\r\n" }));
  const iterator = input.batches[Symbol.asyncIterator]();
  let rowCount = 0;
  let finished = false;
  const finish = async (outcome: Omit<CsvOutcome, "rowCount">) => {
    if (finished) return;
    finished = true;
    await input.onFinish?.({ rowCount, ...outcome });
  };

  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const header = lines([columns.map((column) => column.header(timeZone))]);
        controller.enqueue(input.bom ? new Uint8Array([...encoder.encode(BOM), ...header]) : header);
      },
      async pull(controller) {
        try {
          const next = await iterator.next();
          if (next.done) {
            await finish({ completed: true });
            return controller.close();
          }
          rowCount += next.value.length;
          controller.enqueue(lines(next.value.map((row) => columns.map((column) => column.cell(row, timeZone)))));
        } catch (error) {
          await finish({ completed: false, error: error as Error });
          controller.error(error);
        }
      },
      async cancel() {
        await iterator.return?.();
        await finish({ completed: false });
      },
    },
    { highWaterMark: 1 },
  );
}
