// Issue 10: NUL in q, a cursor whose id is not a UUID, or a date such as 9999-12-31 once
// reached the database ("unavailable, check the database", a 500, or a page that never
// answered). Every list's reader now refuses them in words, through the shared reader.
import { describe, expect, it } from "vitest";

import { readApplicationFilters } from "@/lib/applications/read-application-filters";
import { readDeliveryFilters } from "@/lib/deliveries/read-delivery-filters";
import { readDisputeFilters } from "@/lib/disputes/read-dispute-filters";
import { readOrderFilters } from "@/lib/orders/read-order-filters";
import { readFundingFilters } from "@/lib/reconciliation/funding-filters";

const cursorOf = (id: string) =>
  Buffer.from(JSON.stringify({ t: "2026-11-02T15:00:00.000Z", i: id, d: "o" })).toString("base64url");

const readers = {
  applications: readApplicationFilters,
  deliveries: readDeliveryFilters,
  disputes: readDisputeFilters,
  orders: readOrderFilters,
  reconciliation: readFundingFilters,
} as const;

describe.each(Object.entries(readers))("the %s list", (_, read) => {
  it("?q=%00: refused in words, no search applied", () => {
    const { filters, issues } = read(new URLSearchParams("q=%00"));
    expect(filters.q).toBeUndefined();
    expect(issues).toEqual(["Search: Remove the NUL character (%00): it cannot be part of a search."]);
  });

  it("?from=9999-12-31&to=9999-12-31: refused in words, no date filter applied", () => {
    const { filters, issues } = read(new URLSearchParams("from=9999-12-31&to=9999-12-31"));
    expect([filters.from, filters.to]).toEqual([undefined, undefined]);
    expect(issues).toHaveLength(2);
    expect(issues.every((issue) => issue.includes("is outside 2000-01-01 … 2099-12-31"))).toBe(true);
  });

  it("a cursor with a NUL in its id: refused in words, the first page shown", () => {
    const { cursor, issues } = read(new URLSearchParams({ cursor: cursorOf("x\u0000") }));
    expect(cursor).toBeNull();
    expect(issues).toEqual([expect.stringMatching(/^The page link is not valid \(perhaps cut short\); showing /)]);
  });
});

describe.each(Object.entries(readers).filter(([list]) => list !== "reconciliation"))(
  "the %s list (UUID ids)",
  (_, read) => {
    it("a cursor whose id is not a UUID: refused in words", () => {
      const { cursor, issues } = read(new URLSearchParams({ cursor: cursorOf("not-a-uuid") }));
      expect(cursor).toBeNull();
      expect(issues).toHaveLength(1);
      expect(read(new URLSearchParams({ cursor: cursorOf("0199a4c2-0000-7000-8000-000000000001") })).cursor?.id).toBe(
        "0199a4c2-0000-7000-8000-000000000001",
      );
    });
  },
);

it("the funding report's ids are the provider's text: such a cursor reads", () => {
  expect(readFundingFilters(new URLSearchParams({ cursor: cursorOf("ca_txn_0001") }))).toMatchObject({
    cursor: { id: "ca_txn_0001" },
    issues: [],
  });
});
