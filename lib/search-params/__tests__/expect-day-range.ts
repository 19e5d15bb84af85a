// Shared by the lists' tests: a day filter means whole days in APP_TIMEZONE.
import { expect } from "vitest";

/**
 * Four rows around 2026-11-02 in New York (EST, UTC-5: from 05:00Z on the 2nd to 05:00Z on
 * the 3rd), made by `make(at)`; `ids(query, timeZone)` lists them newest first.
 */
export async function expectDaysInZone(
  make: (at: Date) => Promise<{ id: string }>,
  ids: (query: string, timeZone?: string) => Promise<string[]>,
): Promise<void> {
  const before = await make(new Date("2026-11-02T04:59:59.999Z"));
  const first = await make(new Date("2026-11-02T05:00:00.000Z"));
  const last = await make(new Date("2026-11-03T04:59:59.999Z"));
  const after = await make(new Date("2026-11-03T05:00:00.000Z"));
  const ny = "America/New_York";
  expect(await ids("from=2026-11-02&to=2026-11-02", ny)).toEqual([last.id, first.id]);
  expect(await ids("from=2026-11-02", ny)).toEqual([after.id, last.id, first.id]);
  expect(await ids("to=2026-11-01", ny)).toEqual([before.id]);
  expect(await ids("from=2026-11-02&to=2026-11-02", "UTC")).toEqual([first.id, before.id]);
}
