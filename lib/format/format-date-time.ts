// Dates as staff read them: in APP_TIMEZONE, minutes precision, with the zone named,
// e.g. "2026-11-21 14:05 UTC" or "2026-11-21 09:05 EST".
import { TZDate, tzName } from "@date-fns/tz";
import { format } from "date-fns";
import { env } from "../config/env";

/** The zone dates are shown in (APP_TIMEZONE, default UTC). Server only. */
export function appTimeZone(): string {
  return env().APP_TIMEZONE;
}

export function formatDateTime(value: Date | string | number, timeZone: string = appTimeZone()): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return "Invalid date";
  return `${format(new TZDate(date, timeZone), "yyyy-MM-dd HH:mm")} ${tzName(timeZone, date, "short")}`;
}

export function formatDate(value: Date | string | number, timeZone: string = appTimeZone()): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return "Invalid date";
  return format(new TZDate(date, timeZone), "yyyy-MM-dd");
}
