// The request's state: the rule itself, and the database's copy (triggers) agreeing with it on
// every combination of cart, application and order, whichever side changes last.
import { randomUUID } from "node:crypto";

import { beforeEach, describe, expect, it } from "vitest";

import { db, Prisma } from "@/lib/db/client";
import { ApplicationStatus, type OrderStatus } from "@/lib/db/generated/enums";
import { requestFactsSelect } from "@/lib/financing-requests/request-facts";
import { requestState, storedRequestState, type RequestFacts } from "@/lib/financing-requests/request-state";
import { resetDatabase } from "@/test/reset-database";

beforeEach(resetDatabase);

const now = new Date("2026-12-03T12:00:00Z");
const recent = new Date("2026-12-01T12:00:00Z");
const old = new Date("2026-10-01T12:00:00Z");
const money = (v: string) => new Prisma.Decimal(v);
const facts = (over: Partial<RequestFacts> = {}): RequestFacts => ({
  createdAt: recent,
  refusedAt: null,
  requestToken: "tok",
  application: null,
  order: null,
  ...over,
});
const app = (status: ApplicationStatus) => ({ status });
const order = (status: OrderStatus, refunded = "0.00") => ({
  status,
  amount: money("499.00"),
  refundedAmount: money(refunded),
});

describe("requestState", () => {
  it.each<[string, Partial<RequestFacts>, string]>([
    ["a fresh link", {}, "WAITING"],
    ["a link 60 days old with no answer", { createdAt: old }, "EXPIRED"],
    ["an old request that was declined", { createdAt: old, application: app("DECLINED") }, "DECLINED"],
    ["an application still created", { application: app("CREATED") }, "WAITING"],
    ["prequalified", { application: app("PREQUALIFIED") }, "IN_PROGRESS"],
    ["pending", { application: app("PENDING") }, "IN_PROGRESS"],
    ["declined: declined, never waiting", { application: app("DECLINED") }, "DECLINED"],
    ["cancelled application", { application: app("CANCELLED") }, "CANCELLED"],
    ["approved without an order", { application: app("APPROVED") }, "APPROVED_NO_ORDER"],
    ["confirmed without an order", { application: app("CONFIRMED") }, "APPROVED_NO_ORDER"],
    ["approved with its order", { application: app("APPROVED"), order: order("OPEN") }, "ORDERED"],
    ["order partly refunded", { application: app("APPROVED"), order: order("OPEN", "100.00") }, "ORDERED"],
    ["order refunded in full", { application: app("APPROVED"), order: order("OPEN", "499.00") }, "REFUNDED"],
    ["order over-refunded", { application: app("APPROVED"), order: order("OPEN", "600.00") }, "REFUNDED"],
    ["order cancelled", { application: app("APPROVED"), order: order("CANCELLED") }, "CANCELLED"],
    ["application cancelled, order not yet", { application: app("CANCELLED"), order: order("OPEN") }, "CANCELLED"],
    ["order on hold", { application: app("DECLINED"), order: order("ON_HOLD") }, "ON_HOLD"],
    ["on hold reopened by staff", { application: app("DECLINED"), order: order("OPEN") }, "ORDERED"],
    ["refused by WeGetFinancing", { refusedAt: recent, requestToken: null }, "REFUSED"],
    ["WeGetFinancing unreachable", { requestToken: null }, "NOT_SENT"],
    ["unreachable, approved later", { requestToken: null, application: app("APPROVED") }, "APPROVED_NO_ORDER"],
  ])("%s", (_name, over, expected) => {
    expect(requestState(facts(over), now)).toBe(expected);
  });
});

const APP_CHOICES = [null, ...Object.values(ApplicationStatus)] as const;
const ORDER_CHOICES = [null, "OPEN", "CANCELLED", "ON_HOLD", "OPEN-part-refunded", "OPEN-refunded"] as const;

type Combo = { refused: boolean; token: boolean; app: ApplicationStatus | null; order: (typeof ORDER_CHOICES)[number] };
const combos: Combo[] = [false, true].flatMap((refused) =>
  [false, true].flatMap((token) =>
    APP_CHOICES.flatMap((app) => ORDER_CHOICES.map((order) => ({ refused, token, app, order }))),
  ),
);

async function build(combo: Combo) {
  const token = combo.token ? `tok_${randomUUID()}` : null;
  const cart = await db().pendingCart.create({
    data: {
      provider: "WEGETFINANCING",
      merchantTransactionId: `mt_${randomUUID()}`,
      requestToken: token,
      refusedAt: combo.refused ? recent : null,
      customerFirstName: "Ada",
      customerLastName: "Lovelace",
      customerEmail: "ada@example.com",
      items: [],
      amount: "499.00",
    },
    select: { id: true },
  });
  let applicationId: string | null = null;
  if (combo.app) {
    // With a token the application links itself to the cart (trigger); without one the desk links it.
    const created = await db().application.create({
      data: {
        provider: "WEGETFINANCING",
        externalId: token ?? `app_${randomUUID()}`,
        status: combo.app,
        lastEventAt: recent,
      },
    });
    applicationId = created.id;
    if (!token) await db().pendingCart.update({ where: { id: cart.id }, data: { applicationId } });
  }
  if (combo.order) {
    const [status, refund] = combo.order.split("-") as [OrderStatus, string | undefined];
    await db().order.create({
      data: {
        provider: "WEGETFINANCING",
        requestToken: token ?? `tok_${randomUUID()}`,
        status,
        amount: "499.00",
        refundedAmount: refund === "part" ? "100.00" : refund === "refunded" ? "499.00" : "0.00",
        pendingCartId: cart.id,
        applicationId,
      },
    });
  }
  return cart.id;
}

async function expectAgreement(ids: string[]) {
  const carts = await db().pendingCart.findMany({
    where: { id: { in: ids } },
    select: { ...requestFactsSelect, state: true },
  });
  expect(carts).toHaveLength(ids.length);
  const disagreeing = carts.filter((cart) => cart.state !== storedRequestState(cart));
  expect(disagreeing.map((c) => ({ ...c, rule: storedRequestState(c) }))).toEqual([]);
}

describe("PendingCart.state (database triggers)", () => {
  it(`agrees with storedRequestState on all ${combos.length} combinations, and follows later changes`, async () => {
    const ids: string[] = [];
    for (const combo of combos) ids.push(await build(combo));
    await expectAgreement(ids);
    // The application's status moves after the fact (postbacks), and orders are cancelled, held, refunded.
    await db().application.updateMany({ where: { status: "CREATED" }, data: { status: "DECLINED" } });
    await db().application.updateMany({ where: { status: "APPROVED" }, data: { status: "CANCELLED" } });
    await db().order.updateMany({ where: { status: "ON_HOLD" }, data: { status: "OPEN" } });
    await db().order.updateMany({ where: { status: "OPEN" }, data: { refundedAmount: "499.00" } });
    await expectAgreement(ids);
    await db().order.deleteMany({ where: { status: "CANCELLED" } });
    await db().application.deleteMany({ where: { status: "PENDING" } });
    await expectAgreement(ids);
  }, 120_000);

  it("reads declined the moment a declined application arrives for the cart's token", async () => {
    const id = await build({ refused: false, token: true, app: null, order: null });
    const cart = await db().pendingCart.findUniqueOrThrow({ where: { id } });
    expect(cart.state).toBe("WAITING");
    await db().application.create({
      data: { provider: "WEGETFINANCING", externalId: cart.requestToken!, status: "DECLINED", lastEventAt: recent },
    });
    const after = await db().pendingCart.findUniqueOrThrow({
      where: { id },
      select: { state: true, application: true },
    });
    expect([after.state, after.application?.status]).toEqual(["DECLINED", "DECLINED"]);
  });
});
