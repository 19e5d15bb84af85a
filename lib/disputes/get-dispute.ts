// One dispute as its page shows it: the dispute, its application and the application's
// orders, and the lifecycle timeline with the delivery behind each event. Null for an
// unknown or malformed id.
import "server-only";

import { z } from "zod";

import { db, type Prisma } from "@/lib/db/client";
import { findByValidId } from "@/lib/db/find-by-valid-id";
import { orderSummaryColumns } from "@/lib/orders/order-summary-columns";

import { readFieldSources } from "./dispute-facts";
import { disputeListColumns } from "./find-disputes";

export const disputeIdSchema = z.uuid({ error: "Not a dispute id." });

const TIMELINE_SHOWN = 500;

const disputeDetailColumns = {
  ...disputeListColumns,
  lastEventAt: true,
  resolutionNote: true,
  fieldSources: true,
  application: {
    select: {
      id: true,
      provider: true,
      externalId: true,
      status: true,
      merchantOrderId: true,
      customerFirstName: true,
      customerLastName: true,
      customerEmail: true,
      orders: {
        select: orderSummaryColumns,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 5,
      },
    },
  },
  events: {
    select: {
      id: true,
      type: true,
      status: true,
      occurredAt: true,
      recordedAt: true,
      data: true,
      delivery: { select: { id: true, receivedAt: true, eventType: true, processing: true } },
    },
    orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
    take: TIMELINE_SHOWN,
  },
  _count: { select: { events: true } },
} satisfies Prisma.DisputeSelect;

export async function getDispute(id: string) {
  const dispute = await findByValidId(disputeIdSchema, id, (validId) =>
    db().dispute.findUnique({ where: { id: validId }, select: disputeDetailColumns }),
  );
  if (!dispute) return null;
  const lender =
    dispute.application && dispute.lenderId
      ? await db().lenderOutcome.findUnique({
          where: { applicationId_lenderId: { applicationId: dispute.application.id, lenderId: dispute.lenderId } },
          select: { lenderName: true },
        })
      : null;
  return { ...dispute, fieldSources: readFieldSources(dispute.fieldSources), lenderName: lender?.lenderName ?? null };
}

export type DisputeDetail = NonNullable<Awaited<ReturnType<typeof getDispute>>>;
