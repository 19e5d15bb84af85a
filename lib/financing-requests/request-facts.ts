// What a request's state is derived from (request-state.ts), and what lists show of a request, as Prisma selects on its cart.
import type { Prisma } from "@/lib/db/client";

export const requestFactsSelect = {
  createdAt: true,
  refusedAt: true,
  requestToken: true,
  application: { select: { status: true } },
  order: { select: { status: true, amount: true, refundedAmount: true } },
} as const satisfies Prisma.PendingCartSelect;

/** A request as lists show it: which one, who, how much. */
export const requestSummaryColumns = {
  id: true,
  merchantTransactionId: true,
  requestToken: true,
  customerFirstName: true,
  customerLastName: true,
  customerEmail: true,
  amount: true,
  shippingAmount: true,
  taxAmount: true,
  currency: true,
} as const satisfies Prisma.PendingCartSelect;

/** The application's events as the request's and the order's timelines show them, oldest first. */
export const applicationTimelineEvents = {
  select: {
    id: true,
    type: true,
    status: true,
    amount: true,
    reason: true,
    occurredAt: true,
    delivery: { select: { id: true } },
  },
  orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
  take: 500,
} as const satisfies Prisma.Application$eventsArgs;
