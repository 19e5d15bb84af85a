// npm run funding:sync -- --from YYYY-MM-DD --to YYYY-MM-DD
// npm run funding:sync -- --days 7          (the last 7 days through today, in APP_TIMEZONE)
// Syncs ChargeAfter's funding report into the database, for a scheduler (cron, systemd timer).
// Exit codes: 0 the run succeeded; 1 the run failed (the reason is printed and kept in the run
// history); 2 usage or configuration error (nothing was run).
import { parseArgs } from "node:util";

import { TZDate } from "@date-fns/tz";
import { format, subDays } from "date-fns";
import { ZodError } from "zod";

import { commandLineActor } from "../lib/audit/actor";
import { env } from "../lib/config/env";
import { withDatabase } from "../lib/db/with-database";
import { CHARGEAFTER_NOT_CONFIGURED, chargeAfterApiAccess } from "../lib/providers/chargeafter/api-base-url";
import { syncFundingFromChargeAfter } from "../lib/reconciliation/sync-from-chargeafter";
import { syncRangeSchema } from "../lib/reconciliation/sync-funding-records-schema";
import type { SyncRunSummary } from "../lib/reconciliation/sync-run-summary";

const usage = `Usage:
  npm run funding:sync -- --from YYYY-MM-DD --to YYYY-MM-DD
  npm run funding:sync -- --days N     (the last N days through today; default 7)`;

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

let values: { from?: string; to?: string; days?: string; help?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      from: { type: "string" },
      to: { type: "string" },
      days: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  }));
} catch (error) {
  fail(`${(error as Error).message}\n${usage}`);
}
if (values.help) fail(usage, 0);

let config;
try {
  config = env();
} catch (error) {
  fail((error as Error).message);
}
if (!chargeAfterApiAccess(config))
  fail(
    `${CHARGEAFTER_NOT_CONFIGURED}\nA merchant without an API key can import a report file instead: npm run funding:import -- <file>`,
  );

const range = readRange(values, config.APP_TIMEZONE);

function readRange(args: typeof values, timeZone: string) {
  if ((args.from || args.to) && args.days) fail(`Give either --from/--to or --days, not both.\n${usage}`);
  if (Boolean(args.from) !== Boolean(args.to)) fail(`Give both --from and --to.\n${usage}`);
  let from = args.from;
  let to = args.to;
  if (!from) {
    const days = Number(args.days ?? 7);
    if (!Number.isInteger(days) || days < 1) fail(`--days takes a whole number of days above 0.\n${usage}`);
    const today = new TZDate(Date.now(), timeZone);
    to = format(today, "yyyy-MM-dd");
    from = format(subDays(today, days - 1), "yyyy-MM-dd");
  }
  try {
    return syncRangeSchema.parse({ from, to });
  } catch (error) {
    if (error instanceof ZodError)
      fail(
        `${error.issues.map((issue) => `--${String(issue.path[0] ?? "from")}: ${issue.message}`).join("\n")}\n${usage}`,
      );
    throw error;
  }
}

function describeRun(run: SyncRunSummary): string {
  const seconds = ((run.durationMs ?? 0) / 1000).toFixed(1);
  return [
    `Funding sync ${run.fromDate} … ${run.toDate}: ${run.status} in ${seconds} s (run ${run.id})`,
    `  fetched ${run.fetchedCount}, new ${run.newCount}, changed ${run.changedCount}, unchanged ${run.unchangedCount}`,
  ].join("\n");
}

try {
  // withDatabase ends both connection pools when the work is done.
  const run = await withDatabase(async () => {
    let reported = 0;
    return syncFundingFromChargeAfter({
      ...range,
      actor: commandLineActor(),
      trigger: "SCRIPT",
      onProgress: (progress) => {
        if (progress.fetched - reported < 10_000) return;
        reported = progress.fetched;
        console.error(`  … ${progress.fetched} records so far`);
      },
    });
  });
  console.log(describeRun(run));
  if (run.status !== "SUCCEEDED") {
    console.error(run.error ?? "The sync failed.");
    process.exit(1);
  }
  process.exit(0);
} catch (error) {
  fail(`funding:sync failed: ${(error as Error).message}`, 1);
}
