import { randomUUID } from "node:crypto";

import { beforeEach, describe, expect, it } from "vitest";

import { makeApplication as makeApplicationWith } from "@/lib/applications/__tests__/make-application";
import { db, type Prisma } from "@/lib/db/client";
import { findOrders } from "@/lib/orders/find-orders";
import { readOrderFilters } from "@/lib/orders/read-order-filters";
import { expectListWalk, makeTiedRows } from "@/lib/pagination/__tests__/expect-keyset-walk";
import { idsForQuery } from "@/lib/pagination/__tests__/ids-for-query";
import { decodeCursor } from "@/lib/pagination/keyset";
import { resetDatabase } from "@/test/reset-database";

beforeEach(resetDatabase);

const at = (minute: number) => new Date(Date.UTC(2026, 10, 2, 15, minute));

/** Orders come from WeGetFinancing: an approved application of theirs unless said otherwise. */
function makeApplication(fields: Partial<Prisma.ApplicationUncheckedCreateInput> = {}) {
  return makeApplicationWith({ provider: "WEGETFINANCING", status: "APPROVED", lastEventAt: at(0), ...fields });
}

function makeOrder(fields: Partial<Prisma.OrderUncheckedCreateInput> = {}) {
  const data = {
    provider: "WEGETFINANCING",
    requestToken: `tok_${randomUUID()}`,
    amount: "499.00",
    createdAt: at(0),
  } as const;
  return db().order.create({ data: { ...data, ...fields }, select: { id: true, createdAt: true } });
}

async function makeCart(fields: Partial<Prisma.PendingCartUncheckedCreateInput> = {}) {
  return db().pendingCart.create({
    data: {
      provider: "WEGETFINANCING",
      merchantTransactionId: `mt_${randomUUID()}`,
      customerFirstName: "Grace",
      customerLastName: "Hopper",
      customerEmail: "grace@example.test",
      items: [{ sku: "desk", quantity: 1 }],
      amount: "100.00",
      shippingAmount: "9.99",
      taxAmount: "8.25",
      createdAt: at(0),
      ...fields,
    },
    select: { id: true, createdAt: true },
  });
}

const ids = idsForQuery(readOrderFilters, findOrders);

describe("findOrders", () => {
  it("gives each pending cart its financing request's state: a declined one reads declined, never waiting", async () => {
    await makeApplication({ externalId: "tok_no", status: "DECLINED" });
    const declined = await makeCart({ requestToken: "tok_no", createdAt: at(1) });
    const fresh = await makeCart({ requestToken: "tok_new", createdAt: at(0) });
    const page = await findOrders({ filters: readOrderFilters({}).filters, timeZone: "UTC" });
    expect(page.rows.map((r) => [r.id, r.requestState])).toEqual([
      [declined.id, "DECLINED"],
      [fresh.id, "WAITING"],
    ]);
  });

  it("lists orders and pending carts (not promoted ones) together, newest first, with their application", async () => {
    const application = await makeApplication({ externalId: "tok_a", status: "APPROVED" });
    const order = await makeOrder({
      requestToken: "tok_a",
      applicationId: application.id,
      refundedAmount: "30.00",
      createdAt: at(1),
    });
    const cart = await makeCart({ createdAt: at(2) });
    await makeCart({ createdAt: at(3), promotedAt: at(4), requestToken: "tok_a" });
    const waiting = await makeApplication({ externalId: "tok_waiting", status: "PREQUALIFIED" });
    const cartWithApplication = await makeCart({ createdAt: at(0), requestToken: "tok_waiting" });

    const { filters } = readOrderFilters({});
    const page = await findOrders({ filters, timeZone: "UTC" });
    expect(page.rows.map((r) => [r.kind, r.id])).toEqual([
      ["cart", cart.id],
      ["order", order.id],
      ["cart", cartWithApplication.id],
    ]);
    const [c, o, w] = page.rows;
    expect(c).toMatchObject({ status: null, application: null, customerEmail: "grace@example.test" });
    expect(c?.amount.toFixed(2)).toBe("118.24"); // items + shipping + tax: the order's total once promoted
    expect(o).toMatchObject({
      status: "OPEN",
      application: { id: application.id, externalId: "tok_a", status: "APPROVED" },
    });
    expect([o?.amount.toFixed(2), o?.refundedAmount.toFixed(2)]).toEqual(["499.00", "30.00"]);
    expect(w?.application).toEqual({ id: waiting.id, externalId: "tok_waiting", status: "PREQUALIFIED" });
  });

  it("filters by kind, order status, financing status and inclusive days in APP_TIMEZONE", async () => {
    const approved = await makeApplication({ status: "APPROVED" });
    const cancelledApp = await makeApplication({ status: "CANCELLED" });
    const open = await makeOrder({
      applicationId: approved.id,
      financingStatus: approved.status,
      createdAt: new Date("2026-11-02T05:00:00Z"),
    });
    const cancelled = await makeOrder({
      applicationId: cancelledApp.id,
      financingStatus: cancelledApp.status,
      status: "CANCELLED",
      cancelledAt: at(9),
      createdAt: new Date("2026-11-03T04:59:59.999Z"),
    });
    const cart = await makeCart({ createdAt: new Date("2026-11-03T05:00:00Z") });
    const early = await makeCart({ createdAt: new Date("2026-11-02T04:59:59Z") });

    expect(await ids("")).toEqual([cart.id, cancelled.id, open.id, early.id]);
    expect(await ids("kind=orders")).toEqual([cancelled.id, open.id]);
    expect(await ids("kind=carts")).toEqual([cart.id, early.id]);
    expect(await ids("status=CANCELLED")).toEqual([cancelled.id]);
    expect(await ids("status=open&status=CANCELLED")).toEqual([cancelled.id, open.id]);
    expect(await ids("financing=APPROVED")).toEqual([open.id]);
    expect(await ids("financing=CANCELLED&financing=APPROVED")).toEqual([cancelled.id, open.id]);
    expect(await ids("financing=NONE")).toEqual([cart.id, early.id]);
    expect(await ids("financing=NONE&financing=CANCELLED")).toEqual([cart.id, cancelled.id, early.id]);
    expect(await ids("from=2026-11-02&to=2026-11-02", "America/New_York")).toEqual([cancelled.id, open.id]);
    expect(await ids("from=2026-11-03", "America/New_York")).toEqual([cart.id]);
    expect(await ids("to=2026-11-01", "America/New_York")).toEqual([early.id]);

    const mixed = readOrderFilters({ kind: "carts", status: "OPEN" });
    expect(mixed.issues).toHaveLength(1);
    expect(mixed.filters.status).toEqual([]);
  });

  it("searches merchant transaction id, request token, order or cart id and customer email, exactly", async () => {
    const order = await makeOrder({
      merchantTransactionId: "mt_1001",
      requestToken: "tok_1001",
      customerEmail: "ada@example.test",
      createdAt: at(1),
    });
    const cart = await makeCart({
      merchantTransactionId: "mt_2002",
      requestToken: "tok_2002",
      customerEmail: "ada@example.test",
      createdAt: at(2),
    });
    await makeOrder({ merchantTransactionId: "mt_10011", requestToken: "tok_10011" });

    expect(await ids("q=mt_1001")).toEqual([order.id]);
    expect(await ids("q=tok_1001")).toEqual([order.id]);
    expect(await ids("q=tok_2002")).toEqual([cart.id]);
    expect(await ids(`q=${order.id}`)).toEqual([order.id]);
    expect(await ids(`q=${cart.id.toUpperCase()}`)).toEqual([cart.id]);
    expect(await ids("q=ada@example.test")).toEqual([cart.id, order.id]);
    expect(await ids("q=Ada@Example.test")).toEqual([cart.id, order.id]);
    expect(await ids("q=mt_100")).toEqual([]);
    expect(await ids("q=ada@example.test&kind=orders")).toEqual([order.id]);
    expect(await ids("q=%27%3B%20DROP%20TABLE%20%22Order%22%3B%20--")).toEqual([]);
  });
});

describe("findOrders: orders on hold and flagged", () => {
  it("finds an ON_HOLD order by status=ON_HOLD, with its flags and hold reason; a cart has none", async () => {
    const held = await makeOrder({
      status: "ON_HOLD",
      holdReason: "WeGetFinancing reported rejected after approval",
      flags: ["approved-amount-differs", "over-refund"],
      createdAt: at(1),
    });
    await makeOrder({ createdAt: at(2) });
    const cart = await makeCart({ createdAt: at(3) });
    expect(await ids("status=ON_HOLD")).toEqual([held.id]);
    const { filters } = readOrderFilters(new URLSearchParams(""));
    const rows = (await findOrders({ filters, timeZone: "UTC" })).rows;
    expect(rows.find((r) => r.id === held.id)).toMatchObject({
      status: "ON_HOLD",
      holdReason: "WeGetFinancing reported rejected after approval",
      flags: ["approved-amount-differs", "over-refund"],
    });
    expect(rows.find((r) => r.id === cart.id)).toMatchObject({ flags: [], holdReason: null });
  });
});

describe("findOrders keyset pagination across orders and pending carts", () => {
  it("walks older and back newer with ties in createdAt across both tables, missing and repeating nothing", async () => {
    // 14 rows over 4 instants; orders and carts share each instant.
    const created = await makeTiedRows(14, 4, (createdAt, i) =>
      i % 2 ? makeOrder({ createdAt }) : makeCart({ createdAt }),
    );
    await makeCart({ createdAt: at(1), promotedAt: at(2) }); // promoted: never listed
    const { filters } = readOrderFilters({});
    await expectListWalk(findOrders, filters, created, (r) => r.createdAt, [5, 5, 4]);
  });

  it("keeps the filters while paging", async () => {
    for (let i = 0; i < 4; i++) await makeOrder({ createdAt: at(i) });
    for (let i = 0; i < 4; i++) await makeCart({ createdAt: at(i) });
    const { filters } = readOrderFilters({ kind: "carts" });
    const first = await findOrders({ filters, timeZone: "UTC", pageSize: 3 });
    const second = await findOrders({ filters, cursor: decodeCursor(first.older), timeZone: "UTC", pageSize: 3 });
    expect([...first.rows, ...second.rows].every((r) => r.kind === "cart")).toBe(true);
    expect(second.rows).toHaveLength(1);
    expect(second.older).toBeNull();
  });
});
