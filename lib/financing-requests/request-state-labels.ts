// Words and tones for a financing request's state, as staff read them in the list and on its page.
import { REQUEST_EXPIRY_DAYS, type RequestState } from "./request-state";

type Tone = "neutral" | "accent" | "success" | "warning" | "danger";

export const requestStateLabels: Record<RequestState, { label: string; description: string }> = {
  WAITING: {
    label: "Waiting for the customer",
    description: "The link is ready; the customer has not applied yet.",
  },
  IN_PROGRESS: {
    label: "Customer applying",
    description: "The customer started the application (prequalified, or pending with the lender); no decision yet.",
  },
  EXPIRED: {
    label: "Expired",
    description: `No answer ${REQUEST_EXPIRY_DAYS} days after the link was made: the customer most likely never applied. An approval arriving later still creates the order.`,
  },
  DECLINED: { label: "Declined", description: "The lenders declined the customer: there is no order." },
  CANCELLED: { label: "Cancelled", description: "The financing was cancelled: no order ships." },
  APPROVED_NO_ORDER: {
    label: "Approved, no order yet",
    description: "A lender approved, but no order was created from this cart: see the application's timeline.",
  },
  ORDERED: { label: "Approved → order", description: "A lender approved and the cart became an order." },
  ON_HOLD: {
    label: "Order on hold",
    description: "WeGetFinancing sent contradicting outcomes: staff decide on the order's page whether to ship.",
  },
  REFUNDED: { label: "Refunded", description: "The order was approved and then refunded in full." },
  REFUSED: {
    label: "Refused by WeGetFinancing",
    description:
      "WeGetFinancing refused the request (see why on its page); no link was made. Correct it and send again.",
  },
  NOT_SENT: {
    label: "No link (WeGetFinancing unreachable)",
    description:
      "WeGetFinancing could not be reached or did not answer clearly; the cart is kept so a later approval still finds it.",
  },
};

export const requestStateTones: Record<RequestState, Tone> = {
  WAITING: "accent",
  IN_PROGRESS: "accent",
  EXPIRED: "neutral",
  DECLINED: "danger",
  CANCELLED: "danger",
  APPROVED_NO_ORDER: "warning",
  ORDERED: "success",
  ON_HOLD: "warning",
  REFUNDED: "neutral",
  REFUSED: "danger",
  NOT_SENT: "warning",
};

/** The filter's order: the open ones first, then the outcomes. */
export const REQUEST_STATES = [
  "WAITING",
  "IN_PROGRESS",
  "EXPIRED",
  "APPROVED_NO_ORDER",
  "ORDERED",
  "ON_HOLD",
  "REFUNDED",
  "DECLINED",
  "CANCELLED",
  "REFUSED",
  "NOT_SENT",
] as const satisfies readonly RequestState[];
