// How a dispute stands against its response deadline, in calendar days of APP_TIMEZONE:
// "due in 3 days", "due today", "overdue by 2 days". A resolved dispute, or one with an
// outcome, has no age against a deadline (nothing is due any more).
import type { DisputeStatus } from "@/lib/db/generated/enums";

/** "Due soon": due within this many days. */
export const DUE_SOON_DAYS = 7;
const DAY_MS = 86_400_000;

export type DeadlineAge = { state: "overdue" | "due-soon" | "due-later"; days: number; label: string };

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (YYYY-MM-DD) an instant falls on in the zone. */
export function dayInZone(at: Date, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayFormats.set(timeZone, format);
  }
  return format.format(at);
}

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;
const plural = (days: number) => (days === 1 ? "1 day" : `${days} days`);

/** True when nothing is due any more: resolved by the provider, or given an outcome by staff. */
export function isDisputeClosed(dispute: { status: DisputeStatus; outcome: string | null }): boolean {
  return dispute.status === "RESOLVED" || dispute.outcome !== null;
}

export function deadlineAge(
  dispute: { responseDueAt: Date | null; status: DisputeStatus; outcome: string | null },
  now: Date,
  timeZone: string,
): DeadlineAge | null {
  const due = dispute.responseDueAt;
  if (!due || isDisputeClosed(dispute)) return null;
  const days = dayNumber(dayInZone(due, timeZone)) - dayNumber(dayInZone(now, timeZone));
  if (due.getTime() < now.getTime()) {
    const late = Math.max(0, -days);
    return {
      state: "overdue",
      days: late,
      label: late === 0 ? "overdue: was due today" : `overdue by ${plural(late)}`,
    };
  }
  return {
    state: days < DUE_SOON_DAYS ? "due-soon" : "due-later",
    days,
    label: days === 0 ? "due today" : `due in ${plural(days)}`,
  };
}
