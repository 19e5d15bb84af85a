// npm run funding:import -- <file.csv|file.json>
// Imports a funding report file (the CSV of the export, or ChargeAfter's JSON {records: […]})
// for merchants without an API key. All or nothing: with any bad row, nothing is imported
// and every bad row is listed with its line number.
// Exit codes: 0 imported; 1 refused or failed; 2 usage error (no such file, too big).
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

import { commandLineActor } from "../lib/audit/actor";
import { withDatabase } from "../lib/db/with-database";
import { importFundingReport, MAX_IMPORT_BYTES } from "../lib/reconciliation/import-funding-report";

const usage = "Usage: npm run funding:import -- <file.csv|file.json>";

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { help: { type: "boolean", short: "h" } },
  strict: false,
});
if (values.help) fail(usage, 0);
const [file] = positionals;
if (!file || positionals.length > 1) fail(usage);

let size: number;
try {
  const stat = statSync(file);
  if (!stat.isFile()) fail(`${file} is not a file.`);
  size = stat.size;
} catch (error) {
  fail(
    `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message}`,
  );
}
// Checked before reading: a huge file is refused without loading it into memory.
if (size > MAX_IMPORT_BYTES)
  fail(
    `${file} is ${(size / 1024 / 1024).toFixed(1)} MiB; the largest accepted is ${MAX_IMPORT_BYTES / 1024 / 1024} MiB. Split the report by date range and import each part.`,
  );

try {
  // withDatabase ends both connection pools when the work is done.
  const result = await withDatabase(() =>
    importFundingReport({ fileName: path.basename(file), content: readFileSync(file), actor: commandLineActor() }),
  );
  const run = result.run;
  if (result.ok) {
    console.log(
      `Imported ${path.basename(file)} (run ${run.id}): ${run.fetchedCount} records, new ${run.newCount}, changed ${run.changedCount}, unchanged ${run.unchangedCount}.`,
    );
    process.exit(0);
  }
  console.error(`Nothing was imported from ${path.basename(file)} (run ${run.id}).`);
  if (result.fileError) console.error(result.fileError);
  if (result.rows.length) {
    console.error(`${result.rows.length} bad row${result.rows.length === 1 ? "" : "s"}:`);
    for (const row of result.rows) {
      const where = row.line ? `line ${row.line}` : `record ${row.record}`;
      console.error(
        `  ${where}${row.transactionId ? ` (transactionId ${row.transactionId})` : ""}: ${row.reasons.join("; ")}`,
      );
    }
  }
  process.exit(1);
} catch (error) {
  fail(`funding:import failed: ${(error as Error).message}`, 1);
}
