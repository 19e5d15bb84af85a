// What Settings shows of the scheduled work: each job's schedule (as pg-boss holds it, so
// jobs started elsewhere, such as the alert checks, are listed too), its next run, and the
// latest runs of all of them.
import "server-only";

import parser from "cron-parser";

import { env } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import type { JobRunOutcome } from "@/lib/db/generated/enums";

import { scheduledJobs } from "./scheduled-jobs";

export type JobSchedule = { name: string; cron: string | null; timeZone: string; nextRunAt: Date | null; off?: string };

export type JobRunRow = {
  id: string;
  job: string;
  startedAt: Date;
  finishedAt: Date | null;
  outcome: JobRunOutcome;
  summary: string | null;
  error: string | null;
  instance: string;
};

export function nextRunOf(cron: string, timeZone: string, now = new Date()): Date | null {
  try {
    return parser.parseExpression(cron, { tz: timeZone, currentDate: now }).next().toDate();
  } catch {
    return null;
  }
}

async function readSchedules(): Promise<{ name: string; cron: string; timezone: string | null }[]> {
  const [schema] = await db().$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'pgboss' AND tablename = 'schedule'`;
  if (!schema?.n) return []; // no job runner has started on this database yet
  return db().$queryRaw`SELECT name, cron, timezone FROM pgboss.schedule ORDER BY name`;
}

export async function listJobSchedules(): Promise<JobSchedule[]> {
  const stored = new Map((await readSchedules()).map((row) => [row.name, row]));
  const timeZone = env().APP_TIMEZONE;
  const known = scheduledJobs().map((job): JobSchedule => {
    const cron = job.cron ?? null;
    return { name: job.name, cron, timeZone, nextRunAt: cron ? nextRunOf(cron, timeZone) : null, off: job.off };
  });
  const others = [...stored.values()]
    .filter((row) => !known.some((job) => job.name === row.name))
    .map((row): JobSchedule => {
      const zone = row.timezone ?? "UTC";
      return { name: row.name, cron: row.cron, timeZone: zone, nextRunAt: nextRunOf(row.cron, zone) };
    });
  return [...known, ...others];
}

/** The latest `perJob` runs of each job, newest first: a job run every minute pushes no other out. */
export async function listJobRuns(perJob = 5): Promise<JobRunRow[]> {
  return db().$queryRaw<JobRunRow[]>`
    SELECT r.id::text, r.job, r."startedAt", r."finishedAt", r.outcome::text AS outcome, r.summary, r.error, r.instance
    FROM (SELECT DISTINCT job FROM "JobRun") j
    CROSS JOIN LATERAL (
      SELECT * FROM "JobRun" WHERE job = j.job ORDER BY "startedAt" DESC, id DESC LIMIT ${perJob}
    ) r
    ORDER BY r."startedAt" DESC, r.id DESC`;
}
