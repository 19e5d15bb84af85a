// An order as the Shop API shows it (GET /api/v1/orders, and inside a financing request).
import { z } from "zod";

import type { Prisma } from "@/lib/db/client";
import { ApplicationStatus, OrderStatus, Provider } from "@/lib/db/generated/enums";
import { orderDetailColumns } from "@/lib/orders/order-summary-columns";

import { lower, lowerEnum, money, moneySchema, time, timeSchema } from "./api-values";

export const orderResourceSchema = z
  .object({
    id: z.uuid(),
    provider: lowerEnum(Provider),
    merchantTransactionId: z.string().nullable(),
    requestToken: z.string(),
    status: lowerEnum(OrderStatus),
    financingStatus: lowerEnum(ApplicationStatus).nullable(),
    amount: moneySchema,
    approvedAmount: moneySchema.nullable(),
    refundedAmount: moneySchema,
    currency: z.string().meta({ example: "USD" }),
    customer: z.object({
      firstName: z.string().nullable(),
      lastName: z.string().nullable(),
      email: z.string().nullable(),
    }),
    flags: z
      .array(z.string())
      .meta({ description: "Money or signals that do not add up, e.g. approved-amount-differs." }),
    applicationId: z.uuid().nullable(),
    financingRequestId: z.uuid().nullable(),
    createdAt: timeSchema,
    updatedAt: timeSchema,
    cancelledAt: timeSchema.nullable(),
  })
  .meta({ id: "Order" });

export type OrderResource = z.infer<typeof orderResourceSchema>;

export const orderResourceSelect = {
  ...orderDetailColumns,
  applicationId: true,
  pendingCartId: true,
  updatedAt: true,
} satisfies Prisma.OrderSelect;

type OrderRow = Prisma.OrderGetPayload<{ select: typeof orderResourceSelect }>;

export function toOrderResource(order: OrderRow): OrderResource {
  return {
    id: order.id,
    provider: lower(order.provider),
    merchantTransactionId: order.merchantTransactionId,
    requestToken: order.requestToken,
    status: lower(order.status),
    financingStatus: lower(order.financingStatus),
    amount: money(order.amount),
    approvedAmount: money(order.approvedAmount),
    refundedAmount: money(order.refundedAmount),
    currency: order.currency,
    customer: { firstName: order.customerFirstName, lastName: order.customerLastName, email: order.customerEmail },
    flags: order.flags,
    applicationId: order.applicationId,
    financingRequestId: order.pendingCartId,
    createdAt: time(order.createdAt),
    updatedAt: time(order.updatedAt),
    cancelledAt: time(order.cancelledAt),
  };
}
