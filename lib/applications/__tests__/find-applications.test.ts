import { beforeEach, describe, expect, it } from "vitest";

import {
  countApplicationsByStatus,
  findApplications,
  listLenderNames,
  SEARCH_COUNT_LIMIT,
  STATUS_COUNT_LIMIT,
} from "@/lib/applications/find-applications";
import { readApplicationFilters } from "@/lib/applications/read-application-filters";
import { expectListWalk, makeTiedRows } from "@/lib/pagination/__tests__/expect-keyset-walk";
import { idsForQuery } from "@/lib/pagination/__tests__/ids-for-query";
import { decodeCursor } from "@/lib/pagination/keyset";
import { expectDaysInZone } from "@/lib/search-params/__tests__/expect-day-range";
import { resetDatabase } from "@/test/reset-database";

import { makeApplication } from "./make-application";

beforeEach(resetDatabase);

const ids = idsForQuery(readApplicationFilters, findApplications);

async function counts(query: string, limit?: number, searchLimit?: number) {
  const { filters } = readApplicationFilters(new URLSearchParams(query));
  return countApplicationsByStatus({ filters, timeZone: "UTC", limit, searchLimit });
}

const at = (minute: number) => new Date(Date.UTC(2026, 10, 2, 15, minute));

describe("findApplications filters", () => {
  it("by provider, status (repeatable) and lender (exact, repeatable)", async () => {
    const wgf = await makeApplication({ provider: "WEGETFINANCING", status: "APPROVED", lastEventAt: at(1) });
    const declined = await makeApplication({ status: "DECLINED", lenderName: "Finara", lastEventAt: at(2) });
    const approved = await makeApplication({ status: "APPROVED", lenderName: "Acme Credit", lastEventAt: at(3) });
    const pending = await makeApplication({ status: "PENDING", lenderName: "Finara", lastEventAt: at(4) });

    expect(await ids("")).toEqual([pending.id, approved.id, declined.id, wgf.id]);
    expect(await ids("provider=WEGETFINANCING")).toEqual([wgf.id]);
    expect(await ids("provider=chargeafter")).toEqual([pending.id, approved.id, declined.id]);
    expect(await ids("status=APPROVED")).toEqual([approved.id, wgf.id]);
    expect(await ids("status=approved&status=PENDING")).toEqual([pending.id, approved.id, wgf.id]);
    expect(await ids("lender=Finara")).toEqual([pending.id, declined.id]);
    expect(await ids("lender=Finara&lender=Acme%20Credit")).toEqual([pending.id, approved.id, declined.id]);
    expect(await ids("lender=finara")).toEqual([]); // exact
    expect(await ids("provider=CHARGEAFTER&status=APPROVED&lender=Acme%20Credit")).toEqual([approved.id]);
  });

  it("by inclusive days of the last event in APP_TIMEZONE", async () => {
    await expectDaysInZone((at) => makeApplication({ lastEventAt: at }), ids);
  });

  it("by amount: the approved amount, or the requested amount while nothing is approved; inclusive; exact decimals", async () => {
    const approvedLow = await makeApplication({
      requestedAmount: "2000.00",
      approvedAmount: "999.99",
      lastEventAt: at(1),
    });
    const requestedOnly = await makeApplication({ requestedAmount: "1000.00", lastEventAt: at(2) });
    const approvedHigh = await makeApplication({
      requestedAmount: "500.00",
      approvedAmount: "1299.99",
      lastEventAt: at(3),
    });
    await makeApplication({ lastEventAt: at(4) }); // no amount at all: outside every range

    expect(await ids("min=1000")).toEqual([approvedHigh.id, requestedOnly.id]);
    expect(await ids("max=999.99")).toEqual([approvedLow.id]);
    expect(await ids("min=999.99&max=1000")).toEqual([requestedOnly.id, approvedLow.id]);
    expect(await ids("min=1299.99&max=1299.99")).toEqual([approvedHigh.id]);
    expect(await ids("min=%241%2C299.99")).toEqual([approvedHigh.id]); // "$1,299.99"
    expect(await ids("max=1300")).toEqual([approvedHigh.id, requestedOnly.id, approvedLow.id]);
  });

  it("explains amounts it cannot read, and ranges the wrong way round, instead of applying them", () => {
    const bad = readApplicationFilters(new URLSearchParams("min=12.345&max=abc"));
    expect(bad.filters.min).toBeUndefined();
    expect(bad.filters.max).toBeUndefined();
    expect(bad.issues.join("\n")).toMatch(/Minimum amount: "12.345" is not an amount/);
    expect(bad.issues.join("\n")).toMatch(/Maximum amount: "abc" is not an amount/);
    const reversed = readApplicationFilters(new URLSearchParams("min=100&max=99.99"));
    expect(reversed.filters.min).toBeUndefined();
    expect(reversed.issues).toEqual([expect.stringMatching(/wrong way round/)]);
    expect(readApplicationFilters(new URLSearchParams("min=007.5")).filters.min).toBe("7.50");
    const invalid = readApplicationFilters(new URLSearchParams("status=LOST&cursor=garbage&provider=Klarna"));
    expect(invalid.issues).toHaveLength(3);
  });

  it("searches exact ids, and names and emails by part, case-insensitively", async () => {
    const ada = await makeApplication({
      externalId: "app_ada_1",
      merchantTransactionId: "MT-1001",
      merchantOrderId: "ORD-1001",
      customerFirstName: "Ada",
      customerLastName: "Lovelace",
      customerEmail: "ada.lovelace@example.com",
      lastEventAt: at(1),
    });
    const grace = await makeApplication({
      provider: "WEGETFINANCING",
      externalId: "tok_grace",
      merchantTransactionId: "MT-1002",
      customerFirstName: "Grace",
      customerLastName: "Hopper",
      customerEmail: "GRACE@navy.example.org",
      lastEventAt: at(2),
    });
    await makeApplication({ externalId: "app_ada_10", customerEmail: "someone_else@example.com", lastEventAt: at(3) });

    expect(await ids("q=app_ada_1")).toEqual([ada.id]); // exact, not a prefix of app_ada_10
    expect(await ids("q=MT-1002")).toEqual([grace.id]);
    expect(await ids("q=ORD-1001")).toEqual([ada.id]);
    expect(await ids(`q=${ada.id.toUpperCase()}`)).toEqual([ada.id]);
    expect(await ids("q=lovelace")).toEqual([ada.id]);
    expect(await ids("q=LOVE")).toEqual([ada.id]);
    expect(await ids("q=ada%20lovelace")).toEqual([ada.id]);
    expect(await ids("q=lovelace%20hopper")).toEqual([]); // every word must match
    expect(await ids("q=grace%40navy")).toEqual([grace.id]);
    expect(await ids("q=navy.example.org")).toEqual([grace.id]);
    // A whole address matches that address ignoring case, not a longer one containing it.
    expect(await ids("q=grace%40navy.example.org")).toEqual([grace.id]);
    expect(await ids("q=Ada.Lovelace%40Example.com")).toEqual([ada.id]);
    expect(await ids("q=else%40example.com")).toEqual([]);
    expect(await ids("q=someone_else%40example.com&provider=WEGETFINANCING")).toEqual([]);
    expect(await ids("q=example")).toHaveLength(3);
    expect(await ids("q=Ad")).toEqual([]); // under three characters: ids only
    // LIKE wildcards are literal: "_" matches only an underscore.
    expect(await ids("q=one_else")).toHaveLength(1);
    expect(await ids("q=ada_lovelace")).toEqual([]);
    expect(await ids("q=%25%25%25")).toEqual([]);
    expect(await ids("q=MT-1002&provider=CHARGEAFTER")).toEqual([]);
  });

  it("selects only the list's columns", async () => {
    await makeApplication();
    const { filters } = readApplicationFilters({});
    const page = await findApplications({ filters, timeZone: "UTC" });
    expect(Object.keys(page.rows[0]!).sort()).toEqual(
      [
        "approvedAmount",
        "createdAt",
        "currency",
        "customerEmail",
        "customerFirstName",
        "customerLastName",
        "externalId",
        "id",
        "lastEventAt",
        "lenderId",
        "lenderName",
        "merchantOrderId",
        "merchantTransactionId",
        "provider",
        "requestedAmount",
        "status",
      ].sort(),
    );
  });

  it("lists the distinct lender names for the filter", async () => {
    await makeApplication({ lenderName: "Finara" });
    await makeApplication({ lenderName: "Finara" });
    await makeApplication({ lenderName: "Acme Credit" });
    await makeApplication({});
    expect(await listLenderNames()).toEqual(["Acme Credit", "Finara"]);
  });
});

describe("countApplicationsByStatus", () => {
  it("counts every status under the other filters, leaving the status filter out", async () => {
    await makeApplication({ status: "APPROVED", lenderName: "Finara" });
    await makeApplication({ status: "APPROVED", lenderName: "Acme Credit" });
    await makeApplication({ status: "DECLINED", lenderName: "Finara" });
    await makeApplication({ status: "PENDING", provider: "WEGETFINANCING", lenderName: "Finara" });

    expect(await counts("")).toEqual({
      CREATED: 0,
      PREQUALIFIED: 0,
      PENDING: 1,
      DECLINED: 1,
      APPROVED: 2,
      CONFIRMED: 0,
      CANCELLED: 0,
    });
    expect(await counts("status=APPROVED")).toEqual(await counts(""));
    expect(await counts("lender=Finara&status=DECLINED")).toEqual({
      CREATED: 0,
      PREQUALIFIED: 0,
      PENDING: 1,
      DECLINED: 1,
      APPROVED: 1,
      CONFIRMED: 0,
      CANCELLED: 0,
    });
    expect(await counts("provider=CHARGEAFTER&lender=Finara")).toMatchObject({ PENDING: 0, DECLINED: 1, APPROVED: 1 });
    expect(Object.values((await counts("q=nobody-at-all"))!)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it("counts exactly up to the limit, and one more for more than it", async () => {
    for (let i = 0; i < 5; i++) await makeApplication({ status: "APPROVED", lenderName: "Finara" });
    await makeApplication({ status: "APPROVED", lenderName: "Acme Credit" });
    await makeApplication({ status: "DECLINED", lenderName: "Finara" });
    expect(await counts("", 3)).toMatchObject({ APPROVED: 4, DECLINED: 1, PENDING: 0 }); // 4: more than 3
    expect(await counts("lender=Acme%20Credit", 3)).toMatchObject({ APPROVED: 1, DECLINED: 0 });
    expect(await counts("lender=Finara", 5)).toMatchObject({ APPROVED: 5, DECLINED: 1 });
    expect(STATUS_COUNT_LIMIT).toBe(10_000);
    expect(await counts("")).toMatchObject({ APPROVED: 6 });
  });

  it("counts a search in one pass up to its limit, and not per status past it", async () => {
    await makeApplication({ status: "APPROVED", customerLastName: "Lovelace" });
    await makeApplication({ status: "APPROVED", customerLastName: "Lovelace" });
    await makeApplication({ status: "DECLINED", customerLastName: "Lovelace", lenderName: "Finara" });
    await makeApplication({ status: "DECLINED", customerLastName: "Hopper" });
    expect(await counts("q=lovelace", undefined, 3)).toMatchObject({ APPROVED: 2, DECLINED: 1, PENDING: 0 });
    expect(await counts("q=lovelace&status=APPROVED", undefined, 3)).toMatchObject({ APPROVED: 2, DECLINED: 1 });
    expect(await counts("q=lovelace", undefined, 2)).toBeNull();
    expect(await counts("q=lovelace&lender=Finara", undefined, 2)).toMatchObject({ DECLINED: 1, APPROVED: 0 });
    expect(SEARCH_COUNT_LIMIT).toBe(2_000);
  });
});

describe("findApplications keyset pagination", () => {
  it("walks older and back newer across pages with ties in lastEventAt, missing and repeating nothing", async () => {
    const created = await makeTiedRows(12, 3, (lastEventAt) => makeApplication({ lastEventAt }));
    const { filters } = readApplicationFilters({});
    await expectListWalk(findApplications, filters, created, (r) => r.lastEventAt, [5, 5, 2]);
  });

  it("sorts by creation when asked, with ties, and keeps the filters while paging", async () => {
    const rows = [];
    for (let i = 0; i < 7; i++) {
      rows.push(
        await makeApplication({
          status: i % 2 ? "APPROVED" : "DECLINED",
          createdAt: at(Math.floor(i / 2)),
          lastEventAt: at(30 - i),
        }),
      );
    }
    const approved = rows
      .filter((_, i) => i % 2)
      .sort((x, y) => y.createdAt.getTime() - x.createdAt.getTime() || (y.id < x.id ? -1 : 1))
      .map((a) => a.id);
    const { filters } = readApplicationFilters({ sort: "createdAt", status: "APPROVED" });
    const first = await findApplications({ filters, timeZone: "UTC", pageSize: 2 });
    const second = await findApplications({ filters, cursor: decodeCursor(first.older), timeZone: "UTC", pageSize: 2 });
    expect(second.older).toBeNull();
    expect([...first.rows, ...second.rows].map((r) => r.id)).toEqual(approved);
  });
});
