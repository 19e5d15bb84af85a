// Dates as staff read them: in APP_TIMEZONE, minutes precision, with the zone named,
// e.g. "2026-11-21 14:05 UTC" or "2026-11-21 09:05 EST".
import "server-only";

import { env } from "@/lib/config/env";

/** The zone dates are shown in (APP_TIMEZONE, default UTC). Server only. */
export function appTimeZone(): string {
  return env().APP_TIMEZONE;
}

export function formatDateTime(value: Date | string | number, timeZone: string = appTimeZone()): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return "Invalid date";
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of dateTimeFormat(timeZone).formatToParts(date)) parts[part.type] = part.value;
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} ${parts.timeZoneName}`;
}

// One formatter per zone: building an Intl.DateTimeFormat costs ~50 µs, and a list page
// shows a hundred or more times.
const formats = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZoneName: "short",
    });
    formats.set(timeZone, format);
  }
  return format;
}
