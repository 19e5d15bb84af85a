// Funded net (what lenders paid the merchant) per week of the last 30 days, by funding
// day in APP_TIMEZONE, from the day totals (sum-funding-records-by-day.ts): a few hundred
// rows whatever the number of records. Weeks start on Monday; the first is cut at the
// window's first day, so the weeks add up to the 30 days and each links to exactly its days.
// Amounts are exact decimal strings; `net` is absent for a role that may not see money.
import "server-only";

import { centsToAmount } from "@/lib/format/exact-amounts";
import { noFundingFilters } from "@/lib/reconciliation/funding-filters";
import { sumFundingRecordsByDay } from "@/lib/reconciliation/sum-funding-records-by-day";

import type { OverviewWindow } from "./overview-window";

export type FundedWeek = { from: string; to: string; count: number; net?: string };

const DAY_MS = 86_400_000;

/** The Monday on or before `day`. */
function mondayOf(day: string): string {
  const at = Date.parse(`${day}T00:00:00Z`);
  return new Date(at - ((new Date(at).getUTCDay() + 6) % 7) * DAY_MS).toISOString().slice(0, 10);
}

export async function sumFundedNetByWeek(
  window: OverviewWindow,
  input: { timeZone: string; withMoney: boolean },
): Promise<FundedWeek[]> {
  const filters = { ...noFundingFilters, dateField: "fundedAt" as const, from: window.from, to: window.to };
  const sums = await sumFundingRecordsByDay({ filters, timeZone: input.timeZone });
  const weeks = new Map<string, { from: string; to: string; count: number; cents: bigint }>();
  for (const day of window.days) {
    const start = mondayOf(day);
    const week = weeks.get(start);
    if (week) week.to = day;
    else weeks.set(start, { from: day, to: day, count: 0, cents: 0n });
  }
  for (const row of sums.rows) {
    const week = weeks.get(mondayOf(row.day));
    if (!week) continue;
    week.count += row.count;
    week.cents += row.netAmount;
  }
  return [...weeks.values()].map(({ cents, ...week }) =>
    input.withMoney ? { ...week, net: centsToAmount(cents) } : week,
  );
}
