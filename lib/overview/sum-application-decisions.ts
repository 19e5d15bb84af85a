// Lenders' decisions of the last 30 days: applications whose current status is approved
// (or confirmed after it) or declined, per day of their last event (APP_TIMEZONE),
// provider and lender. The applications list filters the same way (status, provider,
// lender, from/to on the last event), so each figure links to its rows.
// Read by the index on (status, lastEventAt); one row per day, provider and lender.
import "server-only";

import type { Provider } from "@/lib/db/generated/enums";
import { pgPool } from "@/lib/db/pg-pool";

import type { OverviewWindow } from "./overview-window";

export type DecisionRow = {
  day: string;
  provider: Provider;
  /** "" when the application names no lender. */
  lender: string;
  approved: number;
  declined: number;
};

export async function sumApplicationDecisions(window: OverviewWindow, timeZone: string): Promise<DecisionRow[]> {
  const { rows } = await pgPool().query<DecisionRow>(
    `SELECT to_char(g.day, 'YYYY-MM-DD') AS day, g.provider, g.lender, g.approved, g.declined FROM (
       SELECT (a."lastEventAt" AT TIME ZONE $3)::date AS day, a.provider, COALESCE(a."lenderName", '') AS lender,
              (count(*) FILTER (WHERE a.status IN ('APPROVED', 'CONFIRMED')))::int AS approved,
              (count(*) FILTER (WHERE a.status = 'DECLINED'))::int AS declined
       FROM "Application" a
       WHERE a.status IN ('APPROVED', 'CONFIRMED', 'DECLINED') AND a."lastEventAt" >= $1 AND a."lastEventAt" < $2
       GROUP BY 1, 2, 3) g
     ORDER BY 1, 2, 3`,
    [window.since, window.until, timeZone],
  );
  return rows;
}
