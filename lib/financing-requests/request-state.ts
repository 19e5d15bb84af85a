// A financing request's state in words, derived once from its cart, its application and its
// order, so the list, the request's page and the Shop API never contradict each other: a
// declined request says declined (no order), never "waiting". The database keeps the same
// derivation in PendingCart.state (triggers in migration 20261203152000_financing_request_list)
// for the list's filter; request-state.test.ts proves the two agree on every combination.
import type { Prisma } from "@/lib/db/client";
import type { ApplicationStatus, FinancingRequestState, OrderStatus } from "@/lib/db/generated/enums";

/** A request waiting this long with no answer is shown as expired (the customer most likely never applied). */
export const REQUEST_EXPIRY_DAYS = 30;
const DAY_MS = 86_400_000;

/** What the database stores, plus EXPIRED: a WAITING request older than REQUEST_EXPIRY_DAYS. */
export type RequestState = FinancingRequestState | "EXPIRED";

export type RequestFacts = {
  createdAt: Date;
  refusedAt: Date | null;
  requestToken: string | null;
  application: { status: ApplicationStatus } | null;
  order: { status: OrderStatus; amount: Prisma.Decimal; refundedAmount: Prisma.Decimal } | null;
};

/** The state as stored (no expiry): the order decides once there is one, else the application, else the cart. */
export function storedRequestState(facts: Omit<RequestFacts, "createdAt">): FinancingRequestState {
  const { order, application } = facts;
  if (order) {
    if (order.status === "CANCELLED" || application?.status === "CANCELLED") return "CANCELLED";
    if (order.status === "ON_HOLD") return "ON_HOLD";
    if (order.refundedAmount.gt(0) && order.refundedAmount.gte(order.amount)) return "REFUNDED";
    return "ORDERED";
  }
  if (!application) {
    if (facts.refusedAt) return "REFUSED";
    if (!facts.requestToken) return "NOT_SENT";
    return "WAITING";
  }
  return APPLICATION_STATE[application.status];
}

/** Without an order, what the application's status means for the request. */
const APPLICATION_STATE: Record<ApplicationStatus, FinancingRequestState> = {
  CREATED: "WAITING",
  PREQUALIFIED: "IN_PROGRESS",
  PENDING: "IN_PROGRESS",
  DECLINED: "DECLINED",
  CANCELLED: "CANCELLED",
  APPROVED: "APPROVED_NO_ORDER",
  CONFIRMED: "APPROVED_NO_ORDER",
};

export function requestState(facts: RequestFacts, now = new Date()): RequestState {
  return withExpiry(storedRequestState(facts), facts.createdAt, now);
}

/** A stored state as shown at `now`: WAITING grows into EXPIRED. */
export function withExpiry(state: FinancingRequestState, createdAt: Date, now = new Date()): RequestState {
  return state === "WAITING" && createdAt < expiryCutoff(now) ? "EXPIRED" : state;
}

/** Requests created before this instant and still waiting are expired. */
export function expiryCutoff(now: Date): Date {
  return new Date(now.getTime() - REQUEST_EXPIRY_DAYS * DAY_MS);
}
