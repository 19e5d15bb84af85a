import { beforeEach, describe, expect, it, vi } from "vitest";

import { can } from "@/lib/auth/permissions";
import { eraseCustomer } from "@/lib/customers/erase-customer";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { makeDelivery } from "@/lib/deliveries/__tests__/make-delivery";
import { searchEverything } from "@/lib/search/search-everything";
import { resetDatabase } from "@/test/reset-database";

const session = vi.hoisted(() => ({ current: null as unknown }));
vi.mock("@/lib/auth/auth", () => ({ auth: async () => session.current }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const exportRoute = await import("@/app/api/applications/export/route");
const { eraseCustomerAction } = await import("@/app/(dashboard)/applications/[id]/erase-actions");
const rawRoute = await import("@/app/api/deliveries/[id]/raw/route");

const EMAIL = "Maria.Quintero@example.com";
const admin = { id: null, email: "admin@example.com" };

async function signInAs(role: Role) {
  const user = await db().user.create({
    data: { email: `${role.toLowerCase()}@example.com`, passwordHash: "x", role },
  });
  session.current = { user: { id: user.id, sessionVersion: user.sessionVersion } };
}

async function seedCustomer() {
  const customer = { customerFirstName: "Maria", customerLastName: "Quintero", customerEmail: EMAIL };
  const app = await db().application.create({
    data: {
      provider: "CHARGEAFTER",
      externalId: "app_erase",
      status: "APPROVED",
      lastEventAt: new Date(),
      approvedAmount: "1299.90",
      customerPhone: "+1 555 0100",
      customerSources: { email: "cart" },
      ...customer,
    },
  });
  const cart = await db().pendingCart.create({
    data: {
      provider: "CHARGEAFTER",
      merchantTransactionId: "mt_erase",
      amount: "1299.90",
      items: [],
      applicationId: app.id,
      billingAddress: { street: "1 Main St" },
      ...customer,
    },
  });
  const order = await db().order.create({
    data: { provider: "CHARGEAFTER", requestToken: "tok_erase", amount: "1299.90", applicationId: app.id, ...customer },
  });
  await db().fundingRecord.create({
    data: {
      transactionId: "tx_erase",
      chargeId: "ch_1",
      transactionType: "Capture",
      transactionDate: new Date(),
      transactionAmount: "1299.90",
      discountAmount: "20.00",
      netAmount: "1279.90",
      updatedAt: new Date(),
      status: "FUNDED",
      firstName: "Maria",
      lastName: "Quintero",
      email: EMAIL.toLowerCase(),
      applicationId: app.id,
    },
  });
  const body = JSON.stringify({ applicationId: "app_erase", consumer: { email: EMAIL, firstName: "Maria" } });
  const delivery = await makeDelivery({
    rawBody: new Uint8Array(Buffer.from(body)),
    searchIds: ["app_erase", EMAIL],
    applicationId: app.id,
    dedupeKey: "k1",
  });
  await db().deliveryKey.create({ data: { provider: "CHARGEAFTER", key: "k1", deliveryId: delivery.id } });
  await db().applicationEvent.create({
    data: {
      applicationId: app.id,
      deliveryId: delivery.id,
      type: "application.approved",
      occurredAt: new Date(),
      data: JSON.parse(body),
    },
  });
  await db().outboundEvent.create({
    data: {
      id: "evt_erase",
      type: "order.created",
      data: { order_id: order.id, amount: "1299.90", customer: { email: EMAIL } },
    },
  });
  // Another customer, untouched.
  await db().application.create({
    data: {
      provider: "CHARGEAFTER",
      externalId: "app_other",
      status: "APPROVED",
      lastEventAt: new Date(),
      customerEmail: "other@example.com",
      customerFirstName: "Olga",
    },
  });
  return { app, cart, order, delivery };
}

beforeEach(async () => {
  await resetDatabase();
  session.current = null;
});

describe("erasing a customer", () => {
  it("removes their names, e-mail, phone and addresses from every table, keeping amounts and ids, audited", async () => {
    const { app, cart, order, delivery } = await seedCustomer();
    const counts = await eraseCustomer({ applicationId: app.id }, admin);
    expect(counts).toMatchObject({
      applications: 1,
      pendingCarts: 1,
      orders: 1,
      fundingRecords: 1,
      deliveries: 1,
      outboundEvents: 1,
    });

    const erasedApp = await db().application.findUniqueOrThrow({ where: { id: app.id } });
    expect(erasedApp).toMatchObject({
      customerFirstName: null,
      customerLastName: null,
      customerEmail: null,
      customerPhone: null,
      customerSources: null,
      externalId: "app_erase",
      status: "APPROVED",
    });
    expect(erasedApp.approvedAmount?.toFixed(2)).toBe("1299.90");
    expect(await db().pendingCart.findUniqueOrThrow({ where: { id: cart.id } })).toMatchObject({
      customerEmail: "",
      customerFirstName: "",
      billingAddress: null,
      merchantTransactionId: "mt_erase",
    });
    expect(await db().order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({
      customerEmail: null,
      customerLastName: null,
      requestToken: "tok_erase",
    });
    const record = await db().fundingRecord.findUniqueOrThrow({ where: { transactionId: "tx_erase" } });
    expect(record).toMatchObject({ email: null, firstName: null, lastName: null });
    expect(record.netAmount.toFixed(2)).toBe("1279.90");
    const stored = await db().delivery.findUniqueOrThrow({ where: { id: delivery.id } });
    expect(stored.rawBody.byteLength).toBe(0);
    expect(stored.searchIds).toEqual(["app_erase"]);
    expect(await db().deliveryKey.count({ where: { deliveryId: delivery.id } })).toBe(1);
    expect((await db().applicationEvent.findFirstOrThrow()).data).toBeNull();
    const event = await db().outboundEvent.findUniqueOrThrow({ where: { id: "evt_erase" } });
    expect(event.data).toEqual({ order_id: order.id, amount: "1299.90", customer: { email: "[erased]" } });

    // No table holds the e-mail or the last name any more (every text and JSON column, as text).
    for (const needle of ["quintero"]) {
      const [hits] = await db().$queryRawUnsafe<{ n: number }[]>(
        `SELECT (SELECT count(*) FROM "Application" a WHERE a::text ILIKE $1) + (SELECT count(*) FROM "PendingCart" c WHERE c::text ILIKE $1)
          + (SELECT count(*) FROM "Order" o WHERE o::text ILIKE $1) + (SELECT count(*) FROM "FundingRecord" f WHERE f::text ILIKE $1)
          + (SELECT count(*) FROM "Delivery" d WHERE d::text ILIKE $1 OR convert_from(d."rawBody", 'UTF8') ILIKE $1)
          + (SELECT count(*) FROM "ApplicationEvent" e WHERE e::text ILIKE $1) + (SELECT count(*) FROM "OutboundEvent" v WHERE v::text ILIKE $1)
          + (SELECT count(*) FROM "AuditLog" l WHERE l::text ILIKE $1) AS n`,
        `%${needle}%`,
      );
      expect(Number(hits!.n)).toBe(0);
    }
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "application.erase-customer" } });
    expect(audit).toMatchObject({ actorEmail: "admin@example.com", targetType: "application", targetId: app.id });
    expect(audit.details).toMatchObject({ applications: 1, orders: 1 });
    expect(await db().application.findFirst({ where: { externalId: "app_other" } })).toMatchObject({
      customerEmail: "other@example.com",
    });
  });

  it("is gone from /search, the applications export and the raw body download", async () => {
    const { app, delivery } = await seedCustomer();
    const before = await searchEverything({ q: EMAIL, amount: undefined }, "ADMIN");
    expect(before.flatMap((group) => group.rows).length).toBeGreaterThan(0);
    await eraseCustomer({ applicationId: app.id }, admin);
    for (const q of [EMAIL, "Quintero"]) {
      const groups = await searchEverything({ q, amount: undefined }, "ADMIN");
      expect(groups.flatMap((group) => group.rows)).toEqual([]);
    }
    await signInAs("ADMIN");
    const csv = await (await exportRoute.GET(new Request("http://127.0.0.1/api/applications/export"))).text();
    expect(csv).toContain("app_erase");
    expect(csv.toLowerCase()).not.toContain("quintero");
    const raw = await rawRoute.GET(new Request("http://127.0.0.1/raw"), {
      params: Promise.resolve({ id: delivery.id }),
    });
    expect(raw.status).toBe(410);
  });

  it("is refused to everyone but an admin", async () => {
    expect((["SUPPORT", "FINANCE", "ADMIN"] as const).filter((role) => can(role, "eraseCustomer"))).toEqual(["ADMIN"]);
    const { app } = await seedCustomer();
    await signInAs("FINANCE");
    const form = new FormData();
    form.set("applicationId", app.id);
    await expect(eraseCustomerAction({ status: "idle" }, form)).rejects.toThrow();
    expect((await db().application.findUniqueOrThrow({ where: { id: app.id } })).customerEmail).toBe(EMAIL);
  });
});
