// The scheduled jobs of every instance: a pg-boss queue each, a cron schedule in APP_TIMEZONE
// (or none, when the job is off), and a worker recording each run (record-job-run.ts).
// pg-boss runs a schedule once across instances: one instance a cron interval takes the
// check (a timestamp in pgboss.version), and the job it sends has a singleton key per minute.
import type PgBoss from "pg-boss";

import { ALERT_CHECKS_JOB, ALERT_CHECKS_SCHEDULE } from "@/lib/alerts/alert-checks-job";
import { runAlertChecks } from "@/lib/alerts/run-alert-checks";
import { env, type Env } from "@/lib/config/env";
import { chargeAfterApiAccess } from "@/lib/providers/chargeafter/api-base-url";
import { RETENTION_JOB, runRetentionPurge } from "@/lib/retention/purge-delivery-bodies";

import { recordJobRun, type JobWork } from "./record-job-run";
import { FUNDING_SYNC_JOB, runScheduledFundingSync } from "./scheduled-funding-sync";

/** The retention purge, daily at 03:30 in APP_TIMEZONE (a quiet hour for most shops). */
export const RETENTION_SCHEDULE = "30 3 * * *";

export type ScheduledJob = {
  name: string;
  /** The cron expression, or null when the job does not run, with the reason in `off`. */
  cron: string | null;
  off?: string;
  run: JobWork;
  /** How long a run may take before pg-boss gives up on it. */
  expireInSeconds: number;
};

export function scheduledJobs(config: Env = env()): ScheduledJob[] {
  return [
    {
      name: FUNDING_SYNC_JOB,
      ...cronOf(
        config.FUNDING_SYNC_SCHEDULE === "off" ? null : config.FUNDING_SYNC_SCHEDULE,
        config.FUNDING_SYNC_SCHEDULE === "off"
          ? "FUNDING_SYNC_SCHEDULE is off"
          : !chargeAfterApiAccess(config) && "ChargeAfter is not configured (CHARGEAFTER_PRIVATE_KEY)",
      ),
      run: runScheduledFundingSync,
      expireInSeconds: 3 * 60 * 60,
    },
    {
      name: RETENTION_JOB,
      ...cronOf(RETENTION_SCHEDULE, config.RETENTION_DAYS === undefined && "RETENTION_DAYS is unset (bodies are kept)"),
      run: runRetentionPurge,
      expireInSeconds: 60 * 60,
    },
    // Every minute: the run list keeps each job's latest runs apart, so these never push the others out.
    { name: ALERT_CHECKS_JOB, cron: ALERT_CHECKS_SCHEDULE, run: () => runAlertChecks(), expireInSeconds: 120 },
  ];
}

function cronOf(cron: string | null, off: string | false): Pick<ScheduledJob, "cron" | "off"> {
  return off ? { cron: null, off } : { cron };
}

/** Creates each job's queue, sets or removes its schedule, and works it in this process. */
export async function startScheduledJobs(boss: PgBoss, config: Env = env()): Promise<void> {
  for (const job of scheduledJobs(config)) {
    // Stately: at most one run waiting; a failed run is not retried, the next tick runs again.
    await boss.createQueue(job.name, {
      name: job.name,
      policy: "stately",
      retryLimit: 0,
      expireInSeconds: job.expireInSeconds,
    });
    if (job.cron) await boss.schedule(job.name, job.cron, {}, { tz: config.APP_TIMEZONE });
    else await boss.unschedule(job.name);
    await boss.work(job.name, { pollingIntervalSeconds: 2 }, async () => {
      await recordJobRun(job.name, job.run);
    });
  }
}
