// One order as its page shows it: the order, the cart it came from (items, shipping, tax,
// addresses), its application (status, each lender's outcome, events), its refunds, the
// funding records matched through its application, the deliveries that touched it, and one
// timeline of all of these. Funding amounts are finance-only: without `funding: "detail"`
// only their number is read, so a support page cannot show what it was never given.
import "server-only";

import { z } from "zod";

import { refundsOf } from "@/lib/applications/get-application";
import { db, type Prisma } from "@/lib/db/client";
import { findByValidId } from "@/lib/db/find-by-valid-id";
import { applicationTimelineEvents, requestFactsSelect } from "@/lib/financing-requests/request-facts";
import { requestState } from "@/lib/financing-requests/request-state";
import { fundingRecordOrder, fundingRecordSummaryColumns } from "@/lib/reconciliation/funding-record-columns";

import { orderDetailColumns } from "./order-summary-columns";
import { orderTimeline } from "./order-timeline";

export const orderIdSchema = z.uuid({ error: "Not an order id." });

const DELIVERIES_SHOWN = 100;
const FUNDING_SHOWN = 100;

const fundingDetail = {
  select: fundingRecordSummaryColumns,
  orderBy: fundingRecordOrder,
  take: FUNDING_SHOWN,
} as const satisfies Prisma.Application$fundingRecordsArgs;

const orderColumns = {
  ...orderDetailColumns,
  items: true,
  holdReason: true,
  pendingCart: {
    select: {
      ...requestFactsSelect,
      id: true,
      merchantTransactionId: true,
      items: true,
      amount: true,
      shippingAmount: true,
      taxAmount: true,
      currency: true,
      billingAddress: true,
      shippingAddress: true,
      createdByEmail: true,
      financingUrl: true,
    },
  },
  application: {
    select: {
      id: true,
      externalId: true,
      status: true,
      approvedAmount: true,
      // Every lender's outcome as it stands (all its columns).
      lenders: { orderBy: [{ occurredAt: "asc" }, { lenderId: "asc" }] },
      events: applicationTimelineEvents,
      _count: { select: { fundingRecords: true, events: true } },
    },
  },
  deliveries: {
    select: { id: true, receivedAt: true, eventType: true, responseStatus: true, processing: true },
    orderBy: [{ receivedAt: "asc" }, { id: "asc" }],
    take: DELIVERIES_SHOWN,
  },
} as const satisfies Prisma.OrderSelect;

export type OrderAccess = { funding: "detail" | "exists" };

export async function getOrder(id: string, access: OrderAccess) {
  const order = await findByValidId(orderIdSchema, id, (validId) =>
    db().order.findUnique({ where: { id: validId }, select: orderColumns }),
  );
  if (!order) return null;
  const fundingRecords =
    access.funding === "detail" && order.application
      ? await db().fundingRecord.findMany({ where: { applicationId: order.application.id }, ...fundingDetail })
      : null;
  const events = order.application?.events ?? [];
  const refunds = refundsOf({ events, fundingRecords: fundingRecords ?? [] });
  const cart = order.pendingCart;
  return {
    ...order,
    /** The cart's financing request state, the same words as the request's page and list. */
    requestState: cart ? requestState(cart) : null,
    /** Null when the reader may not see funding detail: only `fundingCount` then. */
    fundingRecords,
    fundingCount: order.application?._count.fundingRecords ?? 0,
    refunds,
    timeline: orderTimeline({ order, events, refunds, deliveries: order.deliveries }),
  };
}

export type OrderDetail = NonNullable<Awaited<ReturnType<typeof getOrder>>>;
