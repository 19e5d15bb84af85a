// Inclusive calendar days read in APP_TIMEZONE, as UTC instants for a query:
// from=2026-11-01&to=2026-11-30 in America/New_York is
// [2026-11-01T04:00:00Z, 2026-12-01T05:00:00Z): the end is exclusive, DST included.
import { TZDate } from "@date-fns/tz";

export type InstantRange = { gte?: Date; lt?: Date };

/** The instant a calendar day begins in a time zone. */
export function startOfDayIn(day: string, timeZone: string): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, 0, 0, 0, 0, timeZone).getTime());
}

/** The instant the day after `day` begins in the zone: the exclusive end of an inclusive range. */
export function endOfDayExclusiveIn(day: string, timeZone: string): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d + 1, 0, 0, 0, 0, timeZone).getTime());
}

/** `{ gte, lt }` for Prisma from inclusive days (either may be absent). */
export function dayRangeToInstants(range: { from?: string; to?: string }, timeZone: string): InstantRange {
  return {
    ...(range.from ? { gte: startOfDayIn(range.from, timeZone) } : {}),
    ...(range.to ? { lt: endOfDayExclusiveIn(range.to, timeZone) } : {}),
  };
}
