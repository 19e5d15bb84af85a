// ChargeAfter journeys: application events (one per lender where the docs say so), the
// consumer confirmation, post-sale authorize/settle/refund, as ChargeAfter sends them;
// a fraction under the old event names. Each journey also yields what ChargeAfter's
// APIs will say about it afterwards: the application status and, for settled charges,
// the facts the funding report is built from.
import type { SimulatorCredentials } from "./credentials";
import { jsonDelivery, type Delivery, type Journey } from "./deliveries";
import { cart, centsNumber, creditLine, customer, LENDERS, type Customer, type Lender } from "./people";
import type { Random } from "./random";
import { DAY, HOUR, MINUTE, Timeline } from "./timeline";

export type CaOutcome = "settled" | "confirmed" | "approved" | "pending" | "prequalified" | "declined" | "cancelled";

export type SettledCharge = {
  applicationId: string;
  chargeId: string;
  merchantOrderId: string;
  merchantTransactionId: string;
  /** False when the webhooks never named the order on an application event (the report still does). */
  orderIdOnApplication: boolean;
  lender: Lender;
  customer: Customer;
  promoCode: string;
  authorizeAt: Date;
  settleAt: Date;
  settleCents: number;
  settleTransactionId: string;
  refund?: { at: Date; cents: number; transactionId: string };
};

export type CaJourneyResult = {
  journey: Journey;
  applicationId: string;
  status: Record<string, unknown>;
  charge?: SettledCharge;
};

type Context = { random: Random; credentials: SimulatorCredentials; now: number; days: number; serial: number };

const PENDING_REASONS = [
  "Manual review",
  "Identity verification",
  "Income verification",
  "Awaiting consumer documents",
];
const OLD_NAMES: Record<string, string> = {
  "application.approved": "account.approved",
  "application.prequalified": "account.prequalified",
  "application.pending-lender": "account.pending-lender",
  "application.pending-consumer": "account.pending-consumer",
  "application.declined": "account.declined",
  "application.checkout-confirmed": "application.apply-confirmed",
  "postsale.authorize.accepted": "postsale.authorize",
  "postsale.settle.accepted": "postsale.settle",
  "postsale.refund.accepted": "postsale.refund",
};

export function caJourney(outcome: CaOutcome, context: Context): CaJourneyResult {
  const { random, credentials } = context;
  const auth = { kind: "ca" as const, authorization: credentials.ca.webhookAuthorization };
  // About one journey in six comes from an integration still on the old event names.
  const legacy = random.chance(0.17);
  const name = (eventType: string) => (legacy ? (OLD_NAMES[eventType] ?? eventType) : eventType);
  const event = (eventType: string, at: Date, fields: Record<string, unknown>): Delivery =>
    jsonDelivery(
      "CHARGEAFTER",
      name(eventType),
      { eventType: name(eventType), createdAt: at.toISOString(), ...fields },
      auth,
    );

  const applicationId = `app_${random.id(10)}`;
  const person = customer(random);
  const basket = cart(random);
  const lenders = random.shuffle(LENDERS).slice(0, outcome === "declined" ? random.int(2, 4) : random.int(1, 3));
  const winner = lenders[0]!;
  const timeline = new Timeline<Delivery>(random);
  const status: Record<string, unknown> = {};

  timeline.after(0, 0, (at) => event("application.created", at, { applicationId }));
  const prequalified = (at: Date, lender: (typeof lenders)[number]) =>
    event("application.prequalified", at, {
      applicationId,
      lenderId: lender.lenderId,
      lenderName: lender.lenderName,
      amount: centsNumber(creditLine(random, basket.totalCents)),
    });

  if (outcome === "declined") {
    // Some lenders prequalify first and then decline on the full application.
    for (const lender of lenders) {
      if (random.chance(0.3)) timeline.after(20_000, 3 * MINUTE, (at) => prequalified(at, lender));
      timeline.after(20_000, 5 * MINUTE, (at) =>
        event("application.declined", at, { applicationId, lenderId: lender.lenderId }),
      );
    }
    Object.assign(status, { applicationStatus: "Declined", account: null });
    return finish(context, "ca-declined", timeline, applicationId, status);
  }

  for (const lender of lenders) {
    timeline.after(20_000, 3 * MINUTE, (at) => prequalified(at, lender));
  }
  const creditInfo = {
    maxAmount: centsNumber(creditLine(random, basket.totalCents)),
    availableCredit: centsNumber(creditLine(random, basket.totalCents) - basket.totalCents),
  };
  const account = { lenderName: winner.lenderName, lenderId: winner.lenderId, creditInfo };
  if (outcome === "prequalified") {
    Object.assign(status, { applicationStatus: "Prequalified", account });
    return finish(context, "ca-prequalified", timeline, applicationId, status);
  }

  const consumerStep = random.chance(0.5);
  if (outcome === "pending" || random.chance(0.35)) {
    const eventType = consumerStep ? "application.pending-consumer" : "application.pending-lender";
    timeline.after(MINUTE, 20 * MINUTE, (at) =>
      event(eventType, at, { applicationId, lenderId: winner.lenderId, reason: random.pick(PENDING_REASONS) }),
    );
  }
  if (outcome === "pending") {
    Object.assign(status, { applicationStatus: consumerStep ? "PendingConsumer" : "PendingLender", account });
    return finish(context, "ca-pending", timeline, applicationId, status);
  }
  // The other lenders decline while the first approves.
  for (const lender of lenders.slice(1)) {
    if (random.chance(0.6))
      timeline.after(20_000, 10 * MINUTE, (at) =>
        event("application.declined", at, { applicationId, lenderId: lender.lenderId }),
      );
  }
  timeline.after(MINUTE, 2 * HOUR, (at) =>
    event("application.approved", at, {
      applicationId,
      lenderId: winner.lenderId,
      lenderName: winner.lenderName,
      amount: centsNumber(basket.totalCents),
    }),
  );
  Object.assign(status, { applicationStatus: "Approved", account });

  if (outcome === "cancelled") {
    timeline.after(10 * MINUTE, 2 * DAY, (at) =>
      event("application.cancelled", at, { applicationId, lenderId: winner.lenderId }),
    );
    // ChargeAfter's status API has no "cancelled": it still reports the approved account.
    Object.assign(status, { sessionStatus: "Cancelled" });
    return finish(context, "ca-cancelled", timeline, applicationId, status);
  }
  if (outcome === "approved") return finish(context, "ca-approved", timeline, applicationId, status);

  const serial = context.serial;
  const merchantOrderId = `SO-${100_000 + serial}`;
  const merchantTransactionId = `${merchantOrderId}-T1`;
  const accountId = `acct_${random.id(8)}`;
  const confirmationToken = `ctok_${random.id(12)}`;
  const accountToken = `atok_${random.id(12)}`;
  const consumerId = `cons_${random.id(8)}`;
  const orderIdOnApplication = random.chance(0.9);
  const promoCode = random.pick(["PROMO6", "PROMO12", "PROMO18", "PROMO24", "SAC90"]);
  const periods = Number(promoCode.replace(/\D/g, "")) || 12;
  timeline.after(MINUTE, 30 * MINUTE, (at) =>
    event("application.checkout-confirmed", at, {
      applicationId,
      accountId,
      lenderId: winner.lenderId,
      amount: centsNumber(basket.totalCents),
      token: confirmationToken,
      ...(orderIdOnApplication ? { merchantOrderId } : {}),
    }),
  );
  const linkId = random.chance(0.6) ? `lnk_${random.id(6)}` : undefined;
  timeline.after(5_000, 2 * MINUTE, () =>
    jsonDelivery(
      "CHARGEAFTER",
      "consumer confirmation",
      { applicationId, accountToken, confirmationToken, ...(linkId ? { linkId } : {}), consumerId },
      auth,
    ),
  );
  Object.assign(status, {
    confirmedOffer: {
      code: promoCode,
      financialProductType: winner.productType,
      amount: centsNumber(basket.totalCents),
      defaultApr: random.pick([0, 9.99, 19.99, 29.99]),
      promoSettings: {
        numberOfPeriods: periods,
        periodicPayment: centsNumber(Math.ceil(basket.totalCents / periods)),
        periodType: "Month",
        apr: random.pick([0, 0, 7.99, 14.99]),
      },
    },
    confirmationToken,
    accountToken,
    consumerId,
    ...(linkId ? { linkId } : {}),
  });
  if (outcome === "confirmed") return finish(context, "ca-confirmed", timeline, applicationId, status);

  // Post-sale: the merchant creates a charge with the confirmation token, then settles it on shipping.
  const chargeId = `chg_${random.id(16)}`;
  const postSale = (eventType: string, at: Date, fields: Record<string, unknown>) =>
    event(eventType, at, {
      applicationId,
      chargeId,
      merchantOrderId,
      merchantTransactionId,
      currency: "USD",
      ...fields,
    });
  const charge: Partial<SettledCharge> & { settleCents: number } = { settleCents: basket.totalCents };
  timeline.after(MINUTE, 10 * MINUTE, (at) => {
    charge.authorizeAt = at;
    return postSale("postsale.authorize.accepted", at, {
      transactionId: `txn_${random.id(14)}`,
      amount: centsNumber(basket.totalCents),
    });
  });
  const settleTransactionId = `txn_${random.id(14)}`;
  timeline.after(4 * HOUR, 3 * DAY, (at) => {
    charge.settleAt = at;
    return postSale("postsale.settle.accepted", at, {
      transactionId: settleTransactionId,
      amount: centsNumber(basket.totalCents),
    });
  });
  if (random.chance(0.2)) {
    // A return: whole, or one item's worth.
    const cents = random.chance(0.5) ? basket.totalCents : Math.min(basket.totalCents, basket.items[0]!.unitCents);
    const transactionId = `txn_${random.id(14)}`;
    timeline.after(DAY, 6 * DAY, (at) => {
      charge.refund = { at, cents, transactionId };
      return postSale("postsale.refund.accepted", at, { transactionId, amount: centsNumber(cents) });
    });
  }
  status.applicationStatus = "Authorized";
  const result = finish(context, "ca-settled", timeline, applicationId, status);
  result.charge = {
    ...charge,
    settleTransactionId,
    applicationId,
    chargeId,
    merchantOrderId,
    merchantTransactionId,
    orderIdOnApplication,
    lender: winner,
    customer: person,
    promoCode,
  } as SettledCharge;
  return result;
}

function finish(
  context: Context,
  kind: string,
  timeline: Timeline<Delivery>,
  applicationId: string,
  status: Record<string, unknown>,
): CaJourneyResult {
  const deliveries = timeline.place(context.now, context.days).map(({ item }) => item);
  return { journey: { kind, deliveries }, applicationId, status };
}
