// Each run of a scheduled job as a JobRun row: started, then ok with what it did or failed with
// why. The row is the list Settings shows; the error is thrown on so pg-boss sees the failure.
import { hostname } from "node:os";

import { db } from "@/lib/db/client";
import { componentLogger } from "@/lib/log/logger";

const log = componentLogger("jobs");

/** This process, as the run list names it. */
export const INSTANCE = `${hostname()}:${process.pid}`;

/** What a run did, in words (e.g. "340 fetched, 3 new"); a run whose work failed throws. */
export type JobWork = () => Promise<string>;

/** Runs kept per job: the list stays small even for a job run every minute. */
export const RUNS_KEPT = 1_000;

export async function recordJobRun(job: string, work: JobWork): Promise<string> {
  const run = await db().jobRun.create({ data: { job, instance: INSTANCE }, select: { id: true } });
  await db().$executeRaw`DELETE FROM "JobRun" WHERE id IN (
    SELECT id FROM "JobRun" WHERE job = ${job} ORDER BY "startedAt" DESC, id DESC OFFSET ${RUNS_KEPT})`;
  try {
    const summary = await work();
    await db().jobRun.update({
      where: { id: run.id },
      data: { outcome: "OK", finishedAt: new Date(), summary },
    });
    log.info({ job, runId: run.id, summary }, "scheduled job done");
    return summary;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db().jobRun.update({
      where: { id: run.id },
      data: { outcome: "FAILED", finishedAt: new Date(), error: message.slice(0, 4000) },
    });
    log.error({ job, runId: run.id, err: message }, "scheduled job failed");
    throw error;
  }
}
