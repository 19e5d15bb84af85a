// EVENT_RETRY_SCHEDULE ("5s,5m,30m,2h,5h,10h,10h"): the wait before each retry. An event gets
// one first attempt plus one per entry; after the last it is failed and shown.
import { env } from "@/lib/config/env";

const UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

export function parseRetrySchedule(text: string): number[] {
  return text.split(",").map((part) => {
    const match = /^\s*(\d+)(ms|s|m|h|d)\s*$/.exec(part);
    if (!match) throw new Error(`Not a wait: "${part}" (use e.g. 5s, 5m, 2h).`);
    return Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
  });
}

/** The wait before the next attempt after `attempts` failed ones, or null when none is left. */
export function nextRetryDelayMs(attempts: number, schedule = parseRetrySchedule(env().EVENT_RETRY_SCHEDULE)) {
  return attempts >= 1 && attempts <= schedule.length ? schedule[attempts - 1]! : null;
}
