import "server-only";

import { z } from "zod";

import { db } from "@/lib/db/client";

import { applicationTimelineEvents, requestFactsSelect } from "./request-facts";
import { requestState } from "./request-state";

/** A financing request (its pending cart) with the application's progress and its state in one word, or null. */
export async function getFinancingRequest(id: string, now = new Date()) {
  if (!z.uuid().safeParse(id).success) return null;
  const cart = await db().pendingCart.findUnique({
    where: { id },
    select: {
      ...requestFactsSelect,
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
      refusalMessage: true,
      linkCopiedAt: true,
      order: { select: { id: true, status: true, amount: true, refundedAmount: true, holdReason: true } },
      application: {
        select: {
          id: true,
          externalId: true,
          status: true,
          approvedAmount: true,
          events: applicationTimelineEvents,
        },
      },
    },
  });
  return cart && { ...cart, state: requestState(cart, now) };
}
