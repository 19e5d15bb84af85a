import "server-only";

import { z } from "zod";

import { db } from "@/lib/db/client";

/** A financing request (its pending cart) with the application's progress, or null. */
export async function getFinancingRequest(id: string) {
  if (!z.uuid().safeParse(id).success) return null;
  return db().pendingCart.findUnique({
    where: { id },
    select: {
      id: true,
      merchantTransactionId: true,
      requestToken: true,
      financingUrl: true,
      customerFirstName: true,
      customerLastName: true,
      customerEmail: true,
      items: true,
      amount: true,
      shippingAmount: true,
      taxAmount: true,
      answeredAmount: true,
      currency: true,
      createdAt: true,
      createdByEmail: true,
      promotedAt: true,
      order: { select: { id: true, status: true, amount: true } },
      application: {
        select: {
          id: true,
          status: true,
          approvedAmount: true,
          events: {
            orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
            select: { id: true, type: true, status: true, occurredAt: true, amount: true, deliveryId: true },
          },
        },
      },
    },
  });
}
