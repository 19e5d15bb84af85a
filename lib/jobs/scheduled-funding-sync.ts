// The scheduled funding sync: the last FUNDING_SYNC_DAYS days (through today in APP_TIMEZONE)
// from ChargeAfter, as the page's Sync now runs it, its SyncRun marked SCHEDULED. A sync
// already at work (someone pressed Sync now) is followed, not doubled.
import { TZDate } from "@date-fns/tz";
import { format, subDays } from "date-fns";

import type { Actor } from "@/lib/audit/actor";
import { env } from "@/lib/config/env";
import { startFundingSyncFromChargeAfter } from "@/lib/reconciliation/sync-from-chargeafter";
import { MAX_SYNC_DAYS } from "@/lib/reconciliation/sync-funding-records-schema";

export const FUNDING_SYNC_JOB = "funding-sync";

/** Who the run list and the audit log name for a scheduled run. */
export const scheduleActor: Actor = { id: null, email: "schedule" };

/** The inclusive range of the last `days` days through today in `timeZone` (at most MAX_SYNC_DAYS). */
export function lastDays(days: number, timeZone: string, now = Date.now()): { from: string; to: string } {
  const today = new TZDate(now, timeZone);
  return {
    from: format(subDays(today, Math.min(days, MAX_SYNC_DAYS) - 1), "yyyy-MM-dd"),
    to: format(today, "yyyy-MM-dd"),
  };
}

export async function runScheduledFundingSync(): Promise<string> {
  const config = env();
  const range = lastDays(config.FUNDING_SYNC_DAYS, config.APP_TIMEZONE);
  const started = await startFundingSyncFromChargeAfter({ ...range, actor: scheduleActor, trigger: "SCHEDULED" });
  if (started.alreadyRunning) return `A sync was already running (run ${started.runId}); it was left to finish.`;
  const run = await started.finished;
  const counts = `${run.fetchedCount} fetched, ${run.newCount} new, ${run.changedCount} changed, ${run.unchangedCount} unchanged`;
  if (run.status !== "SUCCEEDED")
    throw new Error(`Sync ${range.from} … ${range.to} failed (run ${run.id}): ${run.error ?? "no reason given"}`);
  return `${range.from} … ${range.to}: ${counts} (run ${run.id})`;
}
