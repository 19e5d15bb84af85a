// How many ChargeAfter sales approved more than N days ago have no funding record yet:
// the rows /reconciliation/unfunded lists (find-orders-without-funding.ts, same rule), up to
// the cap. NOT EXISTS probes the records' applicationId index per application, so the
// cost is the cap, not the million records.
import "server-only";

import { pgPool } from "@/lib/db/pg-pool";
import { UNFUNDED_DEFAULT_DAYS } from "@/lib/reconciliation/read-unfunded-query";

import { cappedCount, COUNT_CAP, type CappedCount } from "./capped-count";

const DAY_MS = 86_400_000;

export async function countOrdersWithoutFunding(
  now: Date = new Date(),
  days: number = UNFUNDED_DEFAULT_DAYS,
): Promise<CappedCount> {
  const { rows } = await pgPool().query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (
       SELECT 1 FROM "Application" a
       WHERE a.provider = 'CHARGEAFTER' AND a.status IN ('APPROVED', 'CONFIRMED') AND a."lastEventAt" < $1
         AND NOT EXISTS (SELECT 1 FROM "FundingRecord" f WHERE f."applicationId" = a.id)
       LIMIT $2) capped`,
    [new Date(now.getTime() - days * DAY_MS), COUNT_CAP + 1],
  );
  return cappedCount(rows[0]!.n);
}
