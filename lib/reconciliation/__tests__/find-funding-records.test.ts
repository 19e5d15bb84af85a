// The funding report's list, totals and status counts under every filter, and our own check.
import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { decodeCursor } from "@/lib/pagination/keyset";
import { findFundingRecords } from "@/lib/reconciliation/find-funding-records";
import { findOrdersWithoutFunding } from "@/lib/reconciliation/find-orders-without-funding";
import { fundingOverview } from "@/lib/reconciliation/funding-overview";
import type { FakeFundingRecord } from "@/test/fakes/chargeafter-funding-api";

import { allPages, expectedTotals, filters, importReport, nyDay, records, ZONE } from "./make-funding-report";

beforeAll(importReport);

describe("funding report filters, totals and chart", () => {
  const cases: [string, (r: FakeFundingRecord) => boolean][] = [
    ["", () => true],
    ["status=AMOUNT_MISMATCH&status=TYPE_MISMATCH", (r) => ["AMOUNT_MISMATCH", "TYPE_MISMATCH"].includes(r.status)],
    [
      "from=2026-11-01&to=2026-11-15",
      (r) => nyDay(r.transactionDate) >= "2026-11-01" && nyDay(r.transactionDate) <= "2026-11-15",
    ],
    [
      "from=2026-11-01&to=2026-11-15&dateField=fundedAt",
      (r) => r.fundedAt !== null && nyDay(r.fundedAt) >= "2026-11-01" && nyDay(r.fundedAt) <= "2026-11-15",
    ],
    [
      "lender=Finara&lender=Bluefin&productType=Installments",
      (r) => ["Finara", "Bluefin"].includes(r.lenderName!) && r.productType === "Installments",
    ],
    ["transactionType=Refund", (r) => r.transactionType === "Refund"],
    ["lender=Finara&dateField=fundedAt", (r) => r.lenderName === "Finara" && r.fundedAt !== null],
    ["q=ORD-00000042", (r) => r.merchantOrderId === "ORD-00000042"],
    ["q=6663c0bd6c45635eaea75aaa", (r) => r.transactionId === "6663c0bd6c45635eaea75aaa"],
    ["q=john smith", (r) => `${r.firstName} ${r.lastName}`.toLowerCase().includes("john smith")],
    ["q=50%_off", (r) => (r.firstName ?? "").includes("50%_off")],
    ["q=LOVELACE", (r) => `${r.firstName} ${r.lastName} ${r.email}`.toLowerCase().includes("lovelace")],
    [
      `q=${encodeURIComponent(records[30]!.email!.toUpperCase())}`,
      (r) => r.email?.toLowerCase() === records[30]!.email!.toLowerCase(),
    ],
    [
      "q=example.com",
      (r) =>
        (r.email ?? "").includes("example.com") || `${r.firstName} ${r.lastName}`.toLowerCase().includes("example.com"),
    ],
    ["match=unmatched&status=RECONCILED", (r) => r.status === "RECONCILED"],
  ];

  it.each(cases)(
    "%s: the list (every page), the totals and the per-status counts agree with an independent computation",
    async (query, predicate) => {
      const f = filters(query);
      const selected = records.filter(predicate);
      expect(selected.length, "the case selects something").toBeGreaterThan(0);

      const rows = await allPages(f);
      expect(rows.map((r) => r.transactionId).sort()).toEqual(selected.map((r) => r.transactionId).sort());
      const key = f.dateField;
      for (let i = 1; i < rows.length; i++) {
        const [a, b] = [rows[i - 1]!, rows[i]!];
        expect(
          a[key]!.getTime() > b[key]!.getTime() ||
            (a[key]!.getTime() === b[key]!.getTime() && a.transactionId > b.transactionId),
        ).toBe(true);
      }

      const overview = await fundingOverview({ filters: f, timeZone: ZONE });
      expect(overview.totals).toEqual(expectedTotals(selected));
      // Funded means fundedAt set: "net funded" never counts a record the lender has not funded.
      expect(overview.split).toEqual({
        funded: expectedTotals(selected.filter((r) => r.fundedAt)),
        notFunded: expectedTotals(selected.filter((r) => !r.fundedAt)),
      });
      const statuses = [...new Set(selected.map((r) => r.status))].sort();
      // Per status under every other filter: for a chosen status, exactly the selected records of it.
      for (const status of statuses) {
        expect(overview.byStatus.byStatus.find((s) => s.status === status)).toEqual({
          status,
          ...expectedTotals(selected.filter((r) => r.status === status)),
        });
      }
      if (!f.status.length) {
        expect(overview.byStatus.byStatus.map((s) => s.status)).toEqual(statuses);
        expect(overview.byStatus.total).toEqual(overview.totals);
      }
    },
  );

  it("the list returns amounts as exact strings and walks back to newer pages", async () => {
    const f = filters("");
    const first = await findFundingRecords({ filters: f, timeZone: ZONE, pageSize: 10 });
    expect(first.newer).toBeNull();
    expect(first.rows[0]!.transactionAmount).toMatch(/^-?\d+\.\d{2}$/);
    const second = await findFundingRecords({
      filters: f,
      cursor: decodeCursor(first.older, "text"),
      timeZone: ZONE,
      pageSize: 10,
    });
    const back = await findFundingRecords({
      filters: f,
      cursor: decodeCursor(second.newer, "text"),
      timeZone: ZONE,
      pageSize: 10,
    });
    expect(back.rows.map((r) => r.transactionId)).toEqual(first.rows.map((r) => r.transactionId));
  });

  it("an empty result: zero totals as exact strings", async () => {
    const overview = await fundingOverview({ filters: filters("q=nobody-at-all"), timeZone: ZONE });
    const zero = { count: 0, transactionAmount: "0.00", discountAmount: "0.00", netAmount: "0.00" };
    expect(overview).toEqual({
      byStatus: { byStatus: [], total: zero },
      totals: zero,
      split: { funded: zero, notFunded: zero },
      chart: { granularity: "day", dateField: "transactionDate", statuses: [], buckets: [] },
      overLimit: null,
    });
  });
});

describe("findOrdersWithoutFunding", () => {
  it("lists ChargeAfter applications approved more than N days ago with no funding record", async () => {
    const old = new Date(Date.now() - 10 * 86_400_000);
    const recent = new Date(Date.now() - 2 * 86_400_000);
    const make = (
      externalId: string,
      status: "APPROVED" | "CONFIRMED" | "DECLINED",
      lastEventAt: Date,
      provider: "CHARGEAFTER" | "WEGETFINANCING" = "CHARGEAFTER",
    ) => db().application.create({ data: { provider, externalId, status, lastEventAt } });
    const waiting = await make("app_waiting", "CONFIRMED", old);
    await make("app_recent", "APPROVED", recent);
    await make("app_declined", "DECLINED", old);
    await make("inv_wgf", "APPROVED", old, "WEGETFINANCING");
    const funded = await make("app_funded", "CONFIRMED", old);
    await db().fundingRecord.update({
      where: { transactionId: records[10]!.transactionId },
      data: { applicationId: funded.id },
    });

    const page = await findOrdersWithoutFunding({});
    expect(page.rows.map((r) => r.externalId)).toEqual(["app_waiting"]);
    expect(page.rows[0]!.id).toBe(waiting.id);
    expect((await findOrdersWithoutFunding({ days: 1 })).rows.map((r) => r.externalId)).toEqual([
      "app_recent",
      "app_waiting",
    ]);

    const matched = await fundingOverview({ filters: filters("match=matched"), timeZone: ZONE });
    expect(matched.totals.count).toBe(1);
  });
});
