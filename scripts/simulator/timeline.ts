// Journey times: each journey starts somewhere in the last `days` days and its steps
// follow at realistic gaps; a journey that would end in the future is moved back so
// every createdAt is in the past.
import type { Random } from "./random";

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export type Step<T> = { offsetMs: number; build: (at: Date) => T };

export class Timeline<T> {
  private offset = 0;
  readonly steps: Step<T>[] = [];

  constructor(private readonly random: Random) {}

  /** The next step, `minMs`–`maxMs` after the previous one. */
  after(minMs: number, maxMs: number, build: (at: Date) => T): this {
    this.offset += this.random.int(minMs, maxMs);
    this.steps.push({ offsetMs: this.offset, build });
    return this;
  }

  /** Dates fixed: starts in [now − days, now] and ends at least a minute before now. */
  place(now: number, days: number): { at: Date; item: T }[] {
    const latestStart = now - MINUTE - this.offset;
    const start = Math.min(now - Math.floor(this.random.next() * days * DAY), latestStart);
    // Whole milliseconds dropped: providers send second or millisecond precision; keep seconds.
    return this.steps.map((step) => {
      const at = new Date(Math.floor((start + step.offsetMs) / 1000) * 1000);
      return { at, item: step.build(at) };
    });
  }
}
