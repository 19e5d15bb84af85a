// An order as the application and dispute pages list it: who, which request, state and money.
import type { Prisma } from "@/lib/db/client";

export const orderSummaryColumns = {
  id: true,
  merchantTransactionId: true,
  requestToken: true,
  status: true,
  amount: true,
  refundedAmount: true,
  currency: true,
} as const satisfies Prisma.OrderSelect;
