// What a request's state is derived from (request-state.ts), as a Prisma select on its cart.
import type { Prisma } from "@/lib/db/client";

export const requestFactsSelect = {
  createdAt: true,
  refusedAt: true,
  requestToken: true,
  application: { select: { status: true } },
  order: { select: { status: true, amount: true, refundedAmount: true } },
} as const satisfies Prisma.PendingCartSelect;
