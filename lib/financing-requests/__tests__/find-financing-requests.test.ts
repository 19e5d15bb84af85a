// The financing request list: every request (promoted or not) newest first, its state in
// words as the request's page says it, and each filter of the URL.
import { randomUUID } from "node:crypto";

import { beforeEach, describe, expect, it } from "vitest";

import { makeApplication } from "@/lib/applications/__tests__/make-application";
import { db, type Prisma } from "@/lib/db/client";
import { findFinancingRequests } from "@/lib/financing-requests/find-financing-requests";
import { readFinancingRequestFilters } from "@/lib/financing-requests/read-financing-request-filters";
import { expectListWalk, makeTiedRows } from "@/lib/pagination/__tests__/expect-keyset-walk";
import { idsForQuery } from "@/lib/pagination/__tests__/ids-for-query";
import { resetDatabase } from "@/test/reset-database";

beforeEach(resetDatabase);

const now = new Date("2026-12-03T12:00:00Z");
const day = (d: string) => new Date(`${d}T15:00:00Z`);

async function makeCart(fields: Partial<Prisma.PendingCartUncheckedCreateInput> = {}) {
  return db().pendingCart.create({
    data: {
      provider: "WEGETFINANCING",
      merchantTransactionId: `mt_${randomUUID()}`,
      requestToken: `tok_${randomUUID()}`,
      customerFirstName: "Grace",
      customerLastName: "Hopper",
      customerEmail: "grace@example.test",
      items: [],
      amount: "450.00",
      shippingAmount: "30.00",
      taxAmount: "19.00",
      createdAt: day("2026-12-01"),
      ...fields,
    },
    select: { id: true, createdAt: true, requestToken: true },
  });
}

async function declined(fields: Partial<Prisma.PendingCartUncheckedCreateInput> = {}) {
  const cart = await makeCart(fields);
  await makeApplication({ provider: "WEGETFINANCING", externalId: cart.requestToken!, status: "DECLINED" });
  return cart;
}

const ids = idsForQuery(readFinancingRequestFilters, findFinancingRequests, now);

describe("findFinancingRequests", () => {
  it("lists every request with its total, its state in words and its application, promoted ones too", async () => {
    const waiting = await makeCart({ financingUrl: "https://wgf.test/x", linkCopiedAt: day("2026-12-02") });
    const no = await declined({ createdAt: day("2026-11-30") });
    const page = await findFinancingRequests({
      filters: readFinancingRequestFilters({}).filters,
      timeZone: "UTC",
      now,
    });
    expect(
      page.rows.map((r) => [r.id, r.state, r.total.toFixed(2), r.application?.status ?? null, r.linkCopiedAt]),
    ).toEqual([
      [waiting.id, "WAITING", "499.00", null, day("2026-12-02")],
      [no.id, "DECLINED", "499.00", "DECLINED", null],
    ]);
  });

  it("filters by state: declined reads declined; waiting and expired split at 30 days", async () => {
    const fresh = await makeCart();
    const old = await makeCart({ createdAt: day("2026-10-01") });
    const no = await declined();
    const refused = await makeCart({ requestToken: null, refusedAt: day("2026-12-01") });
    expect(await ids("status=WAITING")).toEqual([fresh.id]);
    expect(await ids("status=EXPIRED")).toEqual([old.id]);
    expect(await ids("status=WAITING&status=EXPIRED")).toEqual([fresh.id, old.id]);
    expect(await ids("status=DECLINED")).toEqual([no.id]);
    expect(await ids("status=REFUSED&status=DECLINED")).toEqual([no.id, refused.id].sort().reverse());
    expect(await ids("status=ORDERED")).toEqual([]);
  });

  it("finds a request by words of the customer's name or email, or an exact id or token", async () => {
    const camila = await makeCart({
      customerFirstName: "Camila",
      customerLastName: "Ortiz",
      customerEmail: "c.ortiz@shop.test",
      merchantTransactionId: "FD-20261201-AB12",
      requestToken: "tok_camila",
    });
    await makeCart();
    for (const q of ["camila", "ORTIZ camila", "c.ortiz@", "shop.test", "FD-20261201-AB12", "tok_camila", camila.id])
      expect(await ids(`q=${encodeURIComponent(q)}`), q).toEqual([camila.id]);
    expect(await ids("q=FD-20261201")).toEqual([]); // an id matches whole, not a part of it
    expect(await ids("q=100%25")).toEqual([]); // % is a letter, not a wildcard
  });

  it("filters by the day created, in the zone asked for", async () => {
    const first = await makeCart({ createdAt: new Date("2026-11-30T23:30:00Z") });
    const second = await makeCart({ createdAt: new Date("2026-12-01T10:00:00Z") });
    expect(await ids("from=2026-12-01")).toEqual([second.id]);
    expect(await ids("from=2026-11-30&to=2026-11-30", "America/New_York")).toEqual([first.id]);
    expect(await ids("to=2026-11-30")).toEqual([first.id]);
  });

  it("refuses a status it does not know, in words", () => {
    const { filters, issues } = readFinancingRequestFilters(new URLSearchParams("status=LOST&q=%00"));
    expect(filters.status).toEqual([]);
    expect(issues).toEqual([
      expect.stringMatching(/^Status: "LOST" is not one of WAITING, /),
      "Search: Remove the NUL character (%00): it cannot be part of a search.",
    ]);
  });

  it("walks every page both ways, ties included", async () => {
    const created = await makeTiedRows(14, 4, (createdAt) => makeCart({ createdAt }));
    const { filters } = readFinancingRequestFilters({});
    await expectListWalk(findFinancingRequests, filters, created, (r) => r.createdAt, [5, 5, 4]);
  });
});
