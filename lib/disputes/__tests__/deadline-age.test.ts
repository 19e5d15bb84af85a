// The age against the response deadline, in the calendar days of APP_TIMEZONE, and the
// list's "overdue" / "due soon" / "no deadline" filter counting the same way.
import { beforeEach, describe, expect, it } from "vitest";

import { deadlineAge } from "@/lib/disputes/deadline-age";
import { findDisputes } from "@/lib/disputes/find-disputes";
import { readDisputeFilters } from "@/lib/disputes/read-dispute-filters";
import { idsForQuery } from "@/lib/pagination/__tests__/ids-for-query";
import { resetDatabase } from "@/test/reset-database";

import { makeDispute } from "./make-dispute";

const open = { status: "OPEN" as const, outcome: null };
const age = (due: string | null, now: string, timeZone = "UTC", more = {}) =>
  deadlineAge({ ...open, responseDueAt: due ? new Date(due) : null, ...more }, new Date(now), timeZone)?.label ?? null;

describe("deadlineAge", () => {
  it("counts calendar days to the deadline, and past it", () => {
    expect(age("2026-12-04T23:59:59.999Z", "2026-12-01T12:00:00Z")).toBe("due in 3 days");
    expect(age("2026-12-02T08:00:00Z", "2026-12-01T23:00:00Z")).toBe("due in 1 day");
    expect(age("2026-12-01T23:59:59.999Z", "2026-12-01T12:00:00Z")).toBe("due today");
    expect(age("2026-12-01T10:00:00Z", "2026-12-01T12:00:00Z")).toBe("overdue: was due today");
    expect(age("2026-11-29T23:59:59.999Z", "2026-12-01T12:00:00Z")).toBe("overdue by 2 days");
  });

  it("counts the days of APP_TIMEZONE, not of UTC", () => {
    // 03:00 UTC on Dec 2 is still Dec 1 in New York: due on the evening of Dec 1 there, so "due today".
    expect(age("2026-12-02T03:00:00Z", "2026-12-01T15:00:00Z", "America/New_York")).toBe("due today");
    expect(age("2026-12-02T03:00:00Z", "2026-12-01T15:00:00Z", "UTC")).toBe("due in 1 day");
    // 02:00 UTC on Dec 2 is Dec 1 in New York: a day earlier than in UTC.
    expect(age("2026-12-04T12:00:00Z", "2026-12-02T02:00:00Z", "America/New_York")).toBe("due in 3 days");
    expect(age("2026-12-04T12:00:00Z", "2026-12-02T02:00:00Z", "UTC")).toBe("due in 2 days");
  });

  it("has none without a deadline, or once resolved or given an outcome", () => {
    expect(age(null, "2026-12-01T12:00:00Z")).toBeNull();
    expect(age("2026-11-01T00:00:00Z", "2026-12-01T12:00:00Z", "UTC", { status: "RESOLVED" })).toBeNull();
    expect(age("2026-11-01T00:00:00Z", "2026-12-01T12:00:00Z", "UTC", { outcome: "Won" })).toBeNull();
  });
});

describe("the list's deadline filter", () => {
  beforeEach(resetDatabase);
  const NOW = new Date("2026-12-01T15:00:00Z");
  const ids = idsForQuery(readDisputeFilters, findDisputes, NOW);
  const at = (iso: string, day: number) => ({
    responseDueAt: new Date(iso),
    openedAt: new Date(Date.UTC(2026, 10, day)),
  });

  it("overdue, due soon (within 7 calendar days) and none: open disputes only", async () => {
    const overdue = await makeDispute(at("2026-11-30T23:59:59.999Z", 1));
    const today = await makeDispute(at("2026-12-01T23:59:59.999Z", 2));
    const day6 = await makeDispute(at("2026-12-07T23:59:59.999Z", 3));
    await makeDispute(at("2026-12-08T23:59:59.999Z", 4)); // a week out: not soon
    const none = await makeDispute({ openedAt: new Date(Date.UTC(2026, 10, 5)) });
    await makeDispute({ ...at("2026-11-20T00:00:00Z", 6), status: "RESOLVED" });
    await makeDispute({ ...at("2026-11-20T00:00:00Z", 7), outcome: "Merchant won" });
    await makeDispute({ openedAt: new Date(Date.UTC(2026, 10, 8)), status: "RESOLVED" });

    expect(await ids("deadline=overdue")).toEqual([overdue.id]);
    expect(await ids("deadline=due-soon")).toEqual([day6.id, today.id]);
    expect(await ids("deadline=none")).toEqual([none.id]);
    expect(readDisputeFilters(new URLSearchParams("deadline=late")).issues).toHaveLength(1);
  });
});
