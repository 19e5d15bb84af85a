// Mismatched funding records finance has not resolved: open (nobody took it, or a later
// sync reopened it) and assigned, as the report's `review` filter lists them. The
// mismatches are counted in the day totals (a few thousand rows at a million records);
// only the reviews, a small table, are read row by row.
import "server-only";

import { pgPool } from "@/lib/db/pg-pool";
import { MISMATCH_STATUSES } from "@/lib/reconciliation/explain-mismatch";
import { ensureFundingDayTotals } from "@/lib/reconciliation/funding-day-totals";

export type UnresolvedMismatches = { open: number; assigned: number };

export async function countUnresolvedMismatches(timeZone: string): Promise<UnresolvedMismatches> {
  await ensureFundingDayTotals(timeZone);
  const { rows } = await pgPool().query<{ mismatched: string; reviewed: string; assigned: string }>(
    `SELECT (SELECT COALESCE(sum(count), 0) FROM "FundingDayStatusTotal"
              WHERE "dateField" = 'transactionDate' AND status = ANY($1::text[]))::text AS mismatched,
            (SELECT count(*) FROM "MismatchReview" m JOIN "FundingRecord" f USING ("transactionId")
              WHERE m.state IN ('ASSIGNED', 'RESOLVED') AND f.status = ANY($1::text[]))::text AS reviewed,
            (SELECT count(*) FROM "MismatchReview" WHERE state = 'ASSIGNED')::text AS assigned`,
    [[...MISMATCH_STATUSES]],
  );
  const row = rows[0]!;
  return { open: Number(row.mismatched) - Number(row.reviewed), assigned: Number(row.assigned) };
}
