// Approvals and declines per day and provider, every day of the window present (zeros
// where nothing was decided): the chart's data, plain and serialisable.
import type { Provider } from "@/lib/db/generated/enums";

import type { DecisionRow } from "./sum-application-decisions";

export type DecisionCounts = { approved: number; declined: number };
export type DecisionDay = { day: string; byProvider: Record<Provider, DecisionCounts> };

export const PROVIDERS: readonly Provider[] = ["WEGETFINANCING", "CHARGEAFTER"];

export function chartDecisionsByProvider(rows: readonly DecisionRow[], days: readonly string[]): DecisionDay[] {
  const byDay = new Map<string, DecisionDay>(
    days.map((day) => [
      day,
      { day, byProvider: { WEGETFINANCING: { approved: 0, declined: 0 }, CHARGEAFTER: { approved: 0, declined: 0 } } },
    ]),
  );
  for (const row of rows) {
    const counts = byDay.get(row.day)?.byProvider[row.provider];
    if (!counts) continue;
    counts.approved += row.approved;
    counts.declined += row.declined;
  }
  return [...byDay.values()];
}
