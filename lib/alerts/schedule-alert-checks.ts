// The `alert-checks` job: every minute, once across instances (pg-boss takes the cron tick in
// one instance and the stately queue holds at most one waiting run). A failed round is not
// retried: the next minute checks again. Rounds are logged, not listed as job runs: one a
// minute would push every other job out of Settings' run list.
import type PgBoss from "pg-boss";

import { componentLogger } from "@/lib/log/logger";

import { runAlertChecks } from "./run-alert-checks";

export const ALERT_CHECKS_JOB = "alert-checks";
export const ALERT_CHECKS_SCHEDULE = "* * * * *";

const log = componentLogger("alerts");

export async function scheduleAlertChecks(boss: PgBoss): Promise<void> {
  await boss.createQueue(ALERT_CHECKS_JOB, {
    name: ALERT_CHECKS_JOB,
    policy: "stately",
    retryLimit: 0,
    expireInSeconds: 120,
  });
  await boss.schedule(ALERT_CHECKS_JOB, ALERT_CHECKS_SCHEDULE);
  await boss.work(ALERT_CHECKS_JOB, { pollingIntervalSeconds: 2 }, async () => {
    const summary = await runAlertChecks();
    log.debug({ job: ALERT_CHECKS_JOB, summary }, "alert checks done");
  });
}
