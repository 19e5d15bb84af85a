// A delivery's times to the second (the log tells apart retries seconds apart): the
// shared minute format with the seconds added. Every zone in use today is offset by whole
// minutes, so an instant's seconds are the same in every zone.
import "server-only";

import { formatDateTime } from "@/lib/format/format-date-time";

export function formatDateTimeSeconds(value: Date, timeZone?: string): string {
  const seconds = String(value.getUTCSeconds()).padStart(2, "0");
  return formatDateTime(value, timeZone).replace(/^(\S+ \d{2}:\d{2})/, `$1:${seconds}`);
}
