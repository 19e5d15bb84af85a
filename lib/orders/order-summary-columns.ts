// The columns of an order that every view of it starts from, in two sizes: the summary the
// application and dispute pages list, and the whole picture (money, customer, flags) that the
// order page and the Shop API's order resource both show.
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

export const orderDetailColumns = {
  ...orderSummaryColumns,
  provider: true,
  financingStatus: true,
  approvedAmount: true,
  customerFirstName: true,
  customerLastName: true,
  customerEmail: true,
  flags: true,
  createdAt: true,
  cancelledAt: true,
} as const satisfies Prisma.OrderSelect;
