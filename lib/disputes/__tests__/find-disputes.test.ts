import { beforeEach, describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { disputeAgeDays } from "@/lib/disputes/dispute-labels";
import { findDisputes, listDisputeLenders } from "@/lib/disputes/find-disputes";
import { readDisputeFilters } from "@/lib/disputes/read-dispute-filters";
import { expectListWalk, makeTiedRows } from "@/lib/pagination/__tests__/expect-keyset-walk";
import { idsForQuery } from "@/lib/pagination/__tests__/ids-for-query";
import { encodeCursor } from "@/lib/pagination/keyset";
import { expectDaysInZone } from "@/lib/search-params/__tests__/expect-day-range";
import { resetDatabase } from "@/test/reset-database";

import { makeApplication, makeDispute } from "./make-dispute";

beforeEach(resetDatabase);

const NOW = new Date("2026-12-01T12:00:00Z");
const DAY = 86_400_000;

const ids = idsForQuery(readDisputeFilters, findDisputes, NOW);

describe("findDisputes filters", () => {
  it("by status (repeatable) and lender (repeatable, exact)", async () => {
    const open = await makeDispute({
      status: "OPEN",
      lenderId: "lender_a",
      openedAt: new Date("2026-11-01T10:00:00Z"),
    });
    const updated = await makeDispute({
      status: "LENDER_UPDATED",
      lenderId: "lender_b",
      openedAt: new Date("2026-11-02T10:00:00Z"),
    });
    const resolved = await makeDispute({
      status: "RESOLVED",
      lenderId: "lender_a",
      openedAt: new Date("2026-11-03T10:00:00Z"),
      resolvedAt: new Date("2026-11-04T10:00:00Z"),
    });
    await makeDispute({ status: "OPEN", lenderId: "lender_ab", openedAt: new Date("2026-10-01T10:00:00Z") });

    expect(await ids("status=OPEN")).toHaveLength(2);
    expect(await ids("status=lender_updated")).toEqual([updated.id]);
    expect(await ids("status=RESOLVED&status=LENDER_UPDATED")).toEqual([resolved.id, updated.id]);
    expect(await ids("lender=lender_a")).toEqual([resolved.id, open.id]);
    expect(await ids("lender=lender_a&lender=lender_b")).toEqual([resolved.id, updated.id, open.id]);
    expect(await ids("lender=lender_a&status=OPEN")).toEqual([open.id]);
    expect(await listDisputeLenders()).toEqual(["lender_a", "lender_ab", "lender_b"]);
  });

  it("by age: opened more than 7, 30 or 60 days ago", async () => {
    const d6 = await makeDispute({ openedAt: new Date(NOW.getTime() - 6 * DAY) });
    const d8 = await makeDispute({ openedAt: new Date(NOW.getTime() - 8 * DAY) });
    const d31 = await makeDispute({ openedAt: new Date(NOW.getTime() - 31 * DAY) });
    const d61 = await makeDispute({ openedAt: new Date(NOW.getTime() - 61 * DAY) });
    expect(await ids("")).toEqual([d6.id, d8.id, d31.id, d61.id]);
    expect(await ids("age=7")).toEqual([d8.id, d31.id, d61.id]);
    expect(await ids("age=30")).toEqual([d31.id, d61.id]);
    expect(await ids("age=60")).toEqual([d61.id]);
    const { issues } = readDisputeFilters(new URLSearchParams("age=5"));
    expect(issues[0]).toMatch(/^Opened more than: "5" is not one of 7, 30, 60/);
  });

  it("by inclusive days opened in APP_TIMEZONE", async () => {
    await expectDaysInZone((at) => makeDispute({ openedAt: at }), ids);
    expect(readDisputeFilters(new URLSearchParams("from=2026-11-03&to=2026-11-02")).filters.from).toBeUndefined();
  });

  it("searches our id, the provider's dispute id, the lender's dispute id and the application's external id, exactly", async () => {
    const application = await makeApplication({ externalId: "app_search_1" });
    const a = await makeDispute({
      externalId: "dsp_1001",
      lenderDisputeId: "LND-88231",
      applicationId: application.id,
      openedAt: new Date("2026-11-01T00:00:00Z"),
    });
    const b = await makeDispute({ externalId: "dsp_1002", applicationId: application.id });
    await makeDispute({ externalId: "dsp_10011", lenderDisputeId: "LND-882310" });
    expect(await ids("q=dsp_1001")).toEqual([a.id]);
    expect(await ids("q=LND-88231")).toEqual([a.id]);
    expect(await ids("q=app_search_1")).toEqual([b.id, a.id]);
    expect(await ids(`q=${a.id}`)).toEqual([a.id]);
    expect(await ids(`q=${a.id.toUpperCase()}`)).toEqual([a.id]);
    expect(await ids("q=dsp_100")).toEqual([]);
    expect(await ids("q=app_search_1&status=RESOLVED")).toEqual([]);
  });

  it("returns the list's columns, with the application and the lender's name", async () => {
    const application = await makeApplication({ externalId: "app_cols", customerFirstName: "Ada" });
    await db().lenderOutcome.create({
      data: {
        applicationId: application.id,
        lenderId: "lender_x",
        lenderName: "Finara",
        status: "APPROVED",
        occurredAt: NOW,
      },
    });
    await makeDispute({
      lenderId: "lender_x",
      applicationId: application.id,
      openedAt: new Date("2026-11-05T00:00:00Z"),
    });
    await makeDispute({ lenderId: "lender_y" });
    const { filters } = readDisputeFilters({});
    const page = await findDisputes({ filters, timeZone: "UTC", now: NOW });
    const [withApp, without] = page.rows;
    expect(withApp?.application).toMatchObject({ id: application.id, externalId: "app_cols" });
    expect(withApp?.lenderName).toBe("Finara");
    expect(without?.application).toBeNull();
    expect(without?.lenderName).toBeNull();
  });

  it("counts age in whole days until now, or until resolved", () => {
    const opened = new Date("2026-11-01T12:00:00Z");
    expect(disputeAgeDays(opened, null, new Date("2026-11-09T11:59:00Z"))).toBe(7);
    expect(disputeAgeDays(opened, new Date("2026-11-03T12:00:00Z"), NOW)).toBe(2);
    expect(disputeAgeDays(opened, null, new Date("2026-10-31T00:00:00Z"))).toBe(0);
  });
});

describe("findDisputes keyset pagination", () => {
  it("walks older and back newer across pages with ties in openedAt", async () => {
    const created = await makeTiedRows(12, 3, (openedAt) => makeDispute({ openedAt }));
    const { filters } = readDisputeFilters({});
    await expectListWalk(findDisputes, filters, created, (r) => r.openedAt, [5, 5, 2]);
  });

  it("explains a cursor that is not one of ours instead of failing", () => {
    const forged = encodeCursor({ at: NOW, id: "not-a-uuid", direction: "older" });
    const { cursor, issues } = readDisputeFilters({ cursor: forged });
    expect(cursor).toBeNull();
    expect(issues).toEqual(["The page link is not valid (perhaps cut short); showing the newest disputes."]);
  });
});
