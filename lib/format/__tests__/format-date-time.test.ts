import { TZDate, tzName } from "@date-fns/tz";
import { format } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { formatDateTime } from "@/lib/format/format-date-time";

/** The reading of an instant in a zone as date-fns writes it: the oracle for the cached Intl formatter. */
const oracle = (date: Date, zone: string) =>
  `${format(new TZDate(date, zone), "yyyy-MM-dd HH:mm")} ${tzName(zone, date, "short")}`;

const ZONES = [
  "UTC",
  "America/New_York",
  "America/Los_Angeles",
  "Europe/Berlin",
  "Asia/Kolkata",
  "Australia/Adelaide",
  "Pacific/Chatham",
  "America/St_Johns",
];

describe("formatDateTime", () => {
  it("reads an instant in the zone with minutes and the zone's short name", () => {
    expect(formatDateTime(new Date("2026-11-01T05:59:00Z"), "America/New_York")).toBe("2026-11-01 01:59 EDT");
    expect(formatDateTime(new Date("2026-11-01T06:00:00Z"), "America/New_York")).toBe("2026-11-01 01:00 EST");
    expect(formatDateTime(new Date("2026-11-21T00:00:00Z"), "UTC")).toBe("2026-11-21 00:00 UTC");
    expect(formatDateTime(new Date("2026-11-21T23:59:59.999Z"), "UTC")).toBe("2026-11-21 23:59 UTC");
    expect(formatDateTime("not a date", "UTC")).toBe("Invalid date");
  });

  it("agrees with date-fns for any instant in zones with DST, half and quarter hours", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true }),
        fc.constantFrom(...ZONES),
        (date, zone) => {
          expect(formatDateTime(date, zone)).toBe(oracle(date, zone));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
