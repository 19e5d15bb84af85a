// Each lender's approval rate over the window: approved / (approved + declined), the
// lenders with the most decisions first. Applications naming no lender are left out (the
// list cannot filter on "no lender", so the figure could not link to its rows).
import type { DecisionRow } from "./sum-application-decisions";

export type LenderRate = {
  lender: string;
  approved: number;
  declined: number;
  /** Whole percent, 0–100; null when the lender decided nothing. */
  ratePercent: number | null;
};

export function rateApprovalsByLender(rows: readonly DecisionRow[]): LenderRate[] {
  const byLender = new Map<string, { approved: number; declined: number }>();
  for (const row of rows) {
    if (!row.lender) continue;
    const seen = byLender.get(row.lender) ?? { approved: 0, declined: 0 };
    seen.approved += row.approved;
    seen.declined += row.declined;
    byLender.set(row.lender, seen);
  }
  return [...byLender]
    .map(([lender, { approved, declined }]) => {
      const decided = approved + declined;
      return { lender, approved, declined, ratePercent: decided ? Math.round((approved / decided) * 100) : null };
    })
    .sort((a, b) => b.approved + b.declined - (a.approved + a.declined) || a.lender.localeCompare(b.lender));
}
