// ISO 8601 instants as both providers send them: a date-time without a zone is read as
// UTC (never as the server's local time), a bare date as UTC midnight.

/** A zone designator at the end of a date-time: Z, +02, +0200 or +02:00. */
const ZONE_DESIGNATOR = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;

/**
 * The instant of an ISO 8601 date (2026-11-03) or date-time (T or one space between
 * date and time, with or without a zone) whose form the caller has checked; an invalid
 * Date when the calendar has no such day or time.
 */
export function utcInstant(text: string): Date {
  const dateTime = text.replace(" ", "T");
  if (!/T/i.test(dateTime)) return new Date(`${dateTime}T00:00:00Z`);
  return new Date(ZONE_DESIGNATOR.test(dateTime) ? dateTime : `${dateTime}Z`);
}
