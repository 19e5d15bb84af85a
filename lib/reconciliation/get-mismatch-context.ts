// What the desk knows of a funding record's sale, for the record's page: the matched
// application's approved amount and post-sale events (types and amounts), its orders' totals
// and refunds, the explanation of the mismatch, and finance's review of it.
import "server-only";

import { db } from "@/lib/db/client";

import { explainMismatch, MISMATCH_STATUSES, type DeskSale, type MismatchExplanation } from "./explain-mismatch";

export type MismatchReviewView = {
  state: "OPEN" | "ASSIGNED" | "RESOLVED";
  assigneeId: string | null;
  assigneeEmail: string | null;
  note: string | null;
  recordVersion: number;
  reopenedAt: Date | null;
  updatedAt: Date;
  updatedByEmail: string;
};

export type MismatchContext = {
  status: string;
  version: number;
  /** The sale as the desk knows it; null when no application matches the record. */
  sale: (DeskSale & { applicationId: string; externalId: string }) | null;
  explanation: MismatchExplanation;
  review: MismatchReviewView | null;
};

export const isMismatchStatus = (status: string) => (MISMATCH_STATUSES as readonly string[]).includes(status);

/** The amount a post-sale event carried: its column, else a plain number in its body. */
function eventAmount(amount: { toFixed(digits: number): string } | null, data: unknown): string | null {
  if (amount) return amount.toFixed(2);
  const body = (data ?? {}) as Record<string, unknown>;
  const nested = (body.data ?? {}) as Record<string, unknown>;
  for (const value of [body.amount, body.totalAmount, nested.amount, nested.totalAmount]) {
    const text = typeof value === "number" ? String(value) : value;
    if (typeof text === "string" && /^-?\d+(\.\d{1,2})?$/.test(text)) return Number(text).toFixed(2);
  }
  return null;
}

/** Null when there is no such record, or it is not a mismatch. */
export async function getMismatchContext(transactionId: string): Promise<MismatchContext | null> {
  const record = await db().fundingRecord.findUnique({
    where: { transactionId },
    select: { status: true, version: true, transactionType: true, transactionAmount: true, applicationId: true },
  });
  if (!record || !isMismatchStatus(record.status)) return null;
  const [application, review] = await Promise.all([
    record.applicationId
      ? db().application.findUnique({
          where: { id: record.applicationId },
          select: {
            id: true,
            externalId: true,
            approvedAmount: true,
            orders: { select: { id: true, amount: true, refundedAmount: true }, orderBy: { createdAt: "asc" } },
            events: {
              where: { type: { startsWith: "postsale." } },
              select: { type: true, amount: true, data: true, occurredAt: true },
              orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
            },
          },
        })
      : null,
    db().mismatchReview.findUnique({ where: { transactionId } }),
  ]);
  const sale = application
    ? {
        applicationId: application.id,
        externalId: application.externalId,
        approvedAmount: application.approvedAmount?.toFixed(2) ?? null,
        orders: application.orders.map((o) => ({
          id: o.id,
          amount: o.amount.toFixed(2),
          refundedAmount: o.refundedAmount.toFixed(2),
        })),
        events: application.events.map((e) => ({
          type: e.type,
          amount: eventAmount(e.amount, e.data),
          occurredAt: e.occurredAt,
        })),
      }
    : null;
  const explanation = explainMismatch(
    { transactionType: record.transactionType, transactionAmount: record.transactionAmount.toFixed(2) },
    sale,
  );
  return { status: record.status, version: record.version, sale, explanation, review };
}
