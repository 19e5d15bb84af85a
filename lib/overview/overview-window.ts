// The overview's "last 30 days": today and the 29 days before it, as calendar days in
// APP_TIMEZONE, with the instants that bound them for queries on timestamps.
import { dayInZone } from "@/lib/disputes/deadline-age";
import { endOfDayExclusiveIn, startOfDayIn } from "@/lib/search-params/day-range";

export const OVERVIEW_DAYS = 30;
const DAY_MS = 86_400_000;

export type OverviewWindow = {
  /** First and last day, YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
  /** Every day from `from` to `to`, oldest first. */
  days: string[];
  /** [since, until): the instants the days cover in the zone. */
  since: Date;
  until: Date;
};

export function overviewWindow(now: Date, timeZone: string): OverviewWindow {
  const to = dayInZone(now, timeZone);
  const last = Date.parse(`${to}T00:00:00Z`);
  const days = Array.from({ length: OVERVIEW_DAYS }, (_, i) =>
    new Date(last - (OVERVIEW_DAYS - 1 - i) * DAY_MS).toISOString().slice(0, 10),
  );
  const from = days[0]!;
  return { from, to, days, since: startOfDayIn(from, timeZone), until: endOfDayExclusiveIn(to, timeZone) };
}
