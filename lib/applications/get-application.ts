// One application as its page shows it: the summary, each lender's outcome, the event
// timeline (each event with the delivery that carried it), linked orders, pending
// carts, disputes, funding records, refunds, and the "Refresh from ChargeAfter" checks.
// Null for an unknown or malformed id.
import "server-only";

import { z } from "zod";

import { db, type Prisma } from "@/lib/db/client";
import { findByValidId } from "@/lib/db/find-by-valid-id";
import { requestSummaryColumns } from "@/lib/financing-requests/request-facts";
import { orderSummaryColumns } from "@/lib/orders/order-summary-columns";
import { fundingRecordOrder, fundingRecordSummaryColumns } from "@/lib/reconciliation/funding-record-columns";

import { applicationListColumns } from "./find-applications";

export const applicationIdSchema = z.uuid({ error: "Not an application id." });

const EVENTS_SHOWN = 500;
const CHECKS_SHOWN = 20;
const FUNDING_SHOWN = 100;

const applicationDetailColumns = {
  ...applicationListColumns,
  refundedAmount: true,
  customerPhone: true,
  accountId: true,
  accountToken: true,
  confirmationToken: true,
  consumerId: true,
  linkId: true,
  chargeId: true,
  customerSources: true,
  updatedAt: true,
  lenders: {
    select: { lenderId: true, lenderName: true, status: true, amount: true, reason: true, occurredAt: true },
    orderBy: [{ occurredAt: "asc" }, { lenderId: "asc" }],
  },
  events: {
    select: {
      id: true,
      type: true,
      status: true,
      lenderId: true,
      amount: true,
      reason: true,
      occurredAt: true,
      recordedAt: true,
      delivery: { select: { id: true, receivedAt: true, processing: true } },
    },
    orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
    take: EVENTS_SHOWN,
  },
  orders: {
    select: {
      ...orderSummaryColumns,
      approvedAmount: true,
      holdReason: true,
      flags: true,
      createdAt: true,
      cancelledAt: true,
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  },
  pendingCarts: {
    select: {
      ...requestSummaryColumns,
      createdAt: true,
      promotedAt: true,
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  },
  disputes: {
    select: {
      id: true,
      externalId: true,
      lenderDisputeId: true,
      lenderId: true,
      status: true,
      openedAt: true,
      lastEventAt: true,
      resolvedAt: true,
    },
    orderBy: [{ openedAt: "asc" }, { id: "asc" }],
  },
  fundingRecords: {
    select: {
      ...fundingRecordSummaryColumns,
      chargeId: true,
      lenderName: true,
      matchedBy: true,
      linkConflict: true,
    },
    orderBy: fundingRecordOrder,
    take: FUNDING_SHOWN,
  },
  statusChecks: {
    select: { id: true, checkedAt: true, checkedByEmail: true, applicationStatus: true, response: true },
    orderBy: [{ checkedAt: "desc" }, { id: "desc" }],
    take: CHECKS_SHOWN,
  },
  _count: { select: { events: true, statusChecks: true, fundingRecords: true } },
} satisfies Prisma.ApplicationSelect;

export async function getApplication(id: string) {
  const application = await findByValidId(applicationIdSchema, id, (validId) =>
    db().application.findUnique({ where: { id: validId }, select: applicationDetailColumns }),
  );
  return application && { ...application, refunds: refundsOf(application) };
}

export type ApplicationDetail = NonNullable<Awaited<ReturnType<typeof getApplication>>>;

type RefundSource = {
  events: {
    id: string;
    type: string;
    amount: { toString(): string } | null;
    occurredAt: Date;
    delivery: { id: string } | null;
  }[];
  fundingRecords: {
    transactionId: string;
    transactionType: string;
    transactionAmount: { toString(): string };
    transactionDate: Date;
  }[];
};

export type RefundLine = {
  key: string;
  source: "event" | "funding";
  label: string;
  amount: string | null;
  at: Date;
  deliveryId: string | null;
};

/**
 * Money returned after approval, as each source saw it: refund events on the timeline
 * (WeGetFinancing `refund` postbacks, ChargeAfter `postsale.refund.accepted`) and refund
 * transactions in the funding report.
 */
export function refundsOf(source: RefundSource): RefundLine[] {
  const fromEvents = source.events
    .filter((event) => /(^|\.)refund(\.|$)/.test(event.type))
    .map((event): RefundLine => ({
      key: `event:${event.id}`,
      source: "event",
      label: event.type,
      amount: event.amount?.toString() ?? null,
      at: event.occurredAt,
      deliveryId: event.delivery?.id ?? null,
    }));
  const fromFunding = source.fundingRecords
    .filter((record) => record.transactionType === "Refund")
    .map((record): RefundLine => ({
      key: `funding:${record.transactionId}`,
      source: "funding",
      label: `Funding report ${record.transactionId}`,
      amount: record.transactionAmount.toString(),
      at: record.transactionDate,
      deliveryId: null,
    }));
  return [...fromEvents, ...fromFunding].sort((a, b) => a.at.getTime() - b.at.getTime());
}
