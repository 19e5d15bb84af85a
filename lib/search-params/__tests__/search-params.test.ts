import { describe, expect, it } from "vitest";
import { z } from "zod";
import { dayParam, dayRangeToInstants, enumValue, optionalParam, parseSearchParams, repeatable, textParam, yesNoParam } from "..";

const schema = z.object({
  status: repeatable(enumValue(["OPEN", "CLOSED"])),
  from: optionalParam(dayParam),
  to: optionalParam(dayParam),
  q: textParam(10),
  flag: optionalParam(yesNoParam),
});

describe("parseSearchParams", () => {
  it("reads repeatable, single, empty and missing values", () => {
    const { values, issues } = parseSearchParams(schema, { status: ["open", "CLOSED", "OPEN", ""], from: "2026-11-01", to: "", q: "  abc ", flag: "yes" });
    expect(issues).toEqual([]);
    expect(values).toEqual({ status: ["OPEN", "CLOSED"], from: "2026-11-01", to: undefined, q: "abc", flag: true });
    expect(parseSearchParams(schema, {}).values).toEqual({ status: [], from: undefined, to: undefined, q: undefined, flag: undefined });
    expect(parseSearchParams(schema, new URLSearchParams("status=OPEN&status=CLOSED&flag=0")).values).toMatchObject({ status: ["OPEN", "CLOSED"], flag: false });
  });

  it("drops and explains bad values, keeping the good ones", () => {
    const { values, issues } = parseSearchParams(
      schema,
      { status: ["OPEN", "BOGUS"], from: "2026-02-30", to: "11/30/2026", q: "x".repeat(11), flag: "maybe" },
      { status: "Status", from: "From date" },
    );
    expect(values).toEqual({ status: [], from: undefined, to: undefined, q: undefined, flag: undefined });
    expect(issues).toEqual([
      'Status: "BOGUS" is not one of OPEN, CLOSED.',
      'From date: "2026-02-30" is not a date in the calendar.',
      'to: "11/30/2026" is not a date: use YYYY-MM-DD.',
      "q: Use at most 10 characters.",
      'flag: "maybe" is not yes or no.',
    ]);
  });
});

describe("dayRangeToInstants", () => {
  it("reads inclusive days in the zone as [start, next day's start)", () => {
    expect(dayRangeToInstants({ from: "2026-11-01", to: "2026-11-30" }, "UTC")).toEqual({
      gte: new Date("2026-11-01T00:00:00Z"),
      lt: new Date("2026-12-01T00:00:00Z"),
    });
    // New York leaves daylight time on 2026-11-01: that day is 25 hours long.
    expect(dayRangeToInstants({ from: "2026-11-01", to: "2026-11-01" }, "America/New_York")).toEqual({
      gte: new Date("2026-11-01T04:00:00Z"),
      lt: new Date("2026-11-02T05:00:00Z"),
    });
    expect(dayRangeToInstants({ to: "2026-12-31" }, "Asia/Tokyo")).toEqual({ lt: new Date("2026-12-31T15:00:00Z") });
    expect(dayRangeToInstants({}, "UTC")).toEqual({});
  });
});
