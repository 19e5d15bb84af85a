// The `alert-checks` job (lib/jobs/scheduled-jobs.ts runs it): every minute, once across
// instances. A failed round is not retried: the next minute checks again.
export const ALERT_CHECKS_JOB = "alert-checks";
export const ALERT_CHECKS_SCHEDULE = "* * * * *";
