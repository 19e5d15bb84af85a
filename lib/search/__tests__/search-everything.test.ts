// Issue 13: /search finds every kind of record by id, customer name or email, order id or
// exact amount; support finds funding records by customer without the finance-only report.
import { beforeEach, describe, expect, it } from "vitest";

import { makeApplication } from "@/lib/applications/__tests__/make-application";
import { db } from "@/lib/db/client";
import { makeDelivery } from "@/lib/deliveries/__tests__/make-delivery";
import { readAmount, readSearchQuery } from "@/lib/search/read-search-query";
import { searchEverything } from "@/lib/search/search-everything";
import type { SearchGroup } from "@/lib/search/search-types";
import { insertPendingCart } from "@/test/pending-cart";
import { resetDatabase } from "@/test/reset-database";

beforeEach(resetDatabase);

const titles = (groups: SearchGroup[]) =>
  Object.fromEntries(groups.filter((g) => g.rows.length).map((g) => [g.kind, g.rows.map((r) => r.title)]));

async function seedSale() {
  const app = await makeApplication({
    provider: "WEGETFINANCING",
    externalId: "inv_camila",
    merchantTransactionId: "MT-CAMILA",
    status: "APPROVED",
    approvedAmount: "1299.99",
    customerFirstName: "Camila",
    customerLastName: "Rojas",
    customerEmail: "camila.rojas@example.com",
  });
  await insertPendingCart("MT-CAMILA", "inv_camila", "1299.99");
  await db().order.create({
    data: {
      provider: "WEGETFINANCING",
      merchantTransactionId: "MT-CAMILA",
      requestToken: "inv_camila",
      amount: "1299.99",
      applicationId: app.id,
    },
  });
  await db().dispute.create({
    data: {
      provider: "CHARGEAFTER",
      externalId: "dsp_camila",
      status: "OPEN",
      openedAt: new Date(),
      lastEventAt: new Date(),
      applicationId: app.id,
    },
  });
  await makeDelivery({ eventType: "wgf.postback.approved", searchIds: ["inv_camila", "MT-CAMILA"] });
  await db().fundingRecord.create({
    data: {
      transactionId: "txn_camila",
      chargeId: "chg_camila",
      transactionType: "Settle",
      transactionDate: new Date(),
      transactionAmount: "1299.99",
      discountAmount: "10.00",
      netAmount: "1289.99",
      updatedAt: new Date(),
      status: "RECONCILED",
      merchantTransactionId: "MT-CAMILA",
      firstName: "Camila",
      lastName: "Rojas",
      applicationId: app.id,
    },
  });
  return app;
}

describe("search", () => {
  it("finds each kind of record by customer name, and the order id finds the same sale", async () => {
    await seedSale();
    const expected = {
      applications: ["inv_camila"],
      orders: ["MT-CAMILA"],
      financingRequests: ["MT-CAMILA"],
      disputes: ["dsp_camila"],
      fundingRecords: ["txn_camila"],
    };
    expect(titles(await searchEverything({ q: "camila rojas", amount: undefined }, "FINANCE"))).toEqual(expected);
    expect(titles(await searchEverything({ q: "MT-CAMILA", amount: undefined }, "FINANCE"))).toEqual({
      ...expected,
      deliveries: ["wgf.postback.approved"],
    });
  });

  it("finds a sale by its exact amount", async () => {
    await seedSale();
    const found = titles(await searchEverything({ q: "1299.99", amount: "1299.99" }, "FINANCE"));
    expect(found).toMatchObject({
      applications: ["inv_camila"],
      orders: ["MT-CAMILA"],
      financingRequests: ["MT-CAMILA"],
      fundingRecords: ["txn_camila"],
    });
  });

  it("support finds the customer's funding records without the report: no record link, the application instead", async () => {
    const app = await seedSale();
    const groups = await searchEverything({ q: "camila", amount: undefined }, "SUPPORT");
    const funding = groups.find((g) => g.kind === "fundingRecords")!;
    expect(funding.seeAll).toBeNull();
    expect(funding.rows).toEqual([
      {
        id: "txn_camila",
        href: null,
        title: "Settle for Camila Rojas",
        status: "RECONCILED",
        detail: null,
        note: { text: "Open the application (the funding report is for finance)", href: `/applications/${app.id}` },
      },
    ]);
    // A support agent cannot probe the report by its own ids or amounts.
    const byId = await searchEverything({ q: "txn_camila", amount: undefined }, "SUPPORT");
    expect(byId.find((g) => g.kind === "fundingRecords")!.rows).toEqual([]);
  });

  it("shows at most 10 per kind and says there are more", async () => {
    for (let i = 0; i < 12; i++) await makeApplication({ customerLastName: "Manyname", externalId: `app_many_${i}` });
    const applications = (await searchEverything({ q: "manyname", amount: undefined }, "SUPPORT"))[0]!;
    expect([applications.rows.length, applications.more, applications.seeAll?.href]).toEqual([
      10,
      true,
      "/applications?q=manyname",
    ]);
  });

  it("reads q with the shared rules, refusing too long or NUL text in words, and amounts exactly", () => {
    expect(readSearchQuery({ q: "x".repeat(201) })).toMatchObject({
      q: undefined,
      issues: ["Search: Use at most 200 characters."],
    });
    expect(readSearchQuery({ q: "a\0b" }).issues[0]).toMatch(/^Search: .*NUL/);
    expect(readSearchQuery({ q: "  Camila " })).toEqual({ q: "Camila", amount: undefined, issues: [] });
    expect(["1299.99", "$1,299.99", "1299.9", "1299", "12.345", "1,29"].map(readAmount)).toEqual([
      "1299.99",
      "1299.99",
      "1299.90",
      "1299.00",
      undefined,
      undefined,
    ]);
  });
});
