import { describe, expect, it } from "vitest";
import { z } from "zod";

import {
  dayParam,
  dayRangeToInstants,
  enumValue,
  optionalParam,
  parseSearchParams,
  readCursorParam,
  repeatable,
  textParam,
  yesNoParam,
} from "..";

const schema = z.object({
  status: repeatable(enumValue(["OPEN", "CLOSED"])),
  from: optionalParam(dayParam),
  to: optionalParam(dayParam),
  q: textParam(10),
  flag: optionalParam(yesNoParam),
});

describe("parseSearchParams", () => {
  it("reads repeatable, single, empty and missing values", () => {
    const { values, issues } = parseSearchParams(schema, {
      status: ["open", "CLOSED", "OPEN", ""],
      from: "2026-11-01",
      to: "",
      q: "  abc ",
      flag: "yes",
    });
    expect(issues).toEqual([]);
    expect(values).toEqual({ status: ["OPEN", "CLOSED"], from: "2026-11-01", to: undefined, q: "abc", flag: true });
    expect(parseSearchParams(schema, {}).values).toEqual({
      status: [],
      from: undefined,
      to: undefined,
      q: undefined,
      flag: undefined,
    });
    expect(parseSearchParams(schema, new URLSearchParams("status=OPEN&status=CLOSED&flag=0")).values).toMatchObject({
      status: ["OPEN", "CLOSED"],
      flag: false,
    });
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

describe("limits every list shares (README Limits)", () => {
  const listSchema = z.object({
    from: optionalParam(dayParam),
    to: optionalParam(dayParam),
    q: textParam(200),
    lender: repeatable(z.string()),
    status: repeatable(enumValue(["OPEN", "CLOSED"])),
  });

  it("dates outside 2000-01-01 … 2099-12-31 are refused in words, the bounds themselves read", () => {
    const { values, issues } = parseSearchParams(listSchema, new URLSearchParams("from=9999-12-31&to=9999-12-31"), {
      from: "From date",
      to: "To date",
    });
    expect(values).toMatchObject({ from: undefined, to: undefined });
    expect(issues).toEqual([
      'From date: "9999-12-31" is outside 2000-01-01 … 2099-12-31: use a date in that range.',
      'To date: "9999-12-31" is outside 2000-01-01 … 2099-12-31: use a date in that range.',
    ]);
    expect(parseSearchParams(listSchema, new URLSearchParams("from=0100-01-01")).issues).toEqual([
      'from: "0100-01-01" is outside 2000-01-01 … 2099-12-31: use a date in that range.',
    ]);
    expect(parseSearchParams(listSchema, new URLSearchParams("from=1999-12-31&to=2100-01-01")).issues).toHaveLength(2);
    const edges = parseSearchParams(listSchema, new URLSearchParams("from=2000-01-01&to=2099-12-31"));
    expect(edges).toEqual({ values: expect.objectContaining({ from: "2000-01-01", to: "2099-12-31" }), issues: [] });
  });

  it("NUL in q (or in any parameter) is refused in words, and so is text over 200 characters", () => {
    const nul = parseSearchParams(listSchema, new URLSearchParams("q=%00"), { q: "Search" });
    expect(nul).toEqual({
      values: expect.objectContaining({ q: undefined }),
      issues: ["Search: Remove the NUL character (%00): it cannot be part of a search."],
    });
    expect(
      parseSearchParams(listSchema, new URLSearchParams("q=ada%00lovelace&lender=Acme%00&status=OPEN%00")).issues,
    ).toEqual([
      "q: Remove the NUL character (%00): it cannot be part of a search.",
      "lender: Remove the NUL character (%00): it cannot be part of a search.",
      "status: Remove the NUL character (%00): it cannot be part of a search.",
    ]);
    expect(parseSearchParams(listSchema, { q: "x".repeat(201), lender: ["ok", "y".repeat(5000)] }).issues).toEqual([
      "q: Use at most 200 characters.",
      "lender: Use at most 200 characters.",
    ]);
    expect(parseSearchParams(listSchema, { q: "x".repeat(200) }).values.q).toHaveLength(200);
    // The schema alone refuses NUL too (for callers that do not go through parseSearchParams).
    expect(textParam(200).safeParse("a\0b").success).toBe(false);
  });
});

describe("readCursorParam", () => {
  const id = "0199a4c2-0000-7000-8000-000000000001";
  const raw = (payload: object) => Buffer.from(JSON.stringify(payload)).toString("base64url");
  const t = "2026-11-02T15:00:00.000Z";

  it("a cursor whose id is not a UUID, or that does not decode, is refused in words", () => {
    for (const cursor of [
      raw({ t, i: "x", d: "o" }),
      raw({ t, i: "' OR 1=1 --", d: "o" }),
      "garbage",
      raw({ t, i: `${id}\u0000`, d: "o" }),
    ]) {
      expect(
        readCursorParam(new URLSearchParams({ cursor }), { idKind: "uuid", firstPage: "the newest rows" }),
      ).toEqual({
        cursor: null,
        issue: "The page link is not valid (perhaps cut short); showing the newest rows.",
      });
    }
    expect(readCursorParam({ cursor: raw({ t, i: id, d: "o" }) }, { idKind: "uuid", firstPage: "x" })).toEqual({
      cursor: { at: new Date(t), id, direction: "older" },
      issue: null,
    });
    expect(readCursorParam({}, { idKind: "uuid", firstPage: "x" })).toEqual({ cursor: null, issue: null });
    expect(
      readCursorParam({ cursor: raw({ t, i: "ca_txn_1\u0000", d: "o" }) }, { idKind: "text", firstPage: "x" }).cursor,
    ).toBeNull();
    expect(
      readCursorParam({ cursor: raw({ t, i: "ca_txn_1", d: "o" }) }, { idKind: "text", firstPage: "x" }).cursor?.id,
    ).toBe("ca_txn_1");
  });
});
