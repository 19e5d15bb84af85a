// Status precedence. Each lender's outcome only moves up; the application's status
// is derived from the set of lender outcomes, so the same events in any order give
// the same result, and a late event never moves an application backwards.
import Decimal from "decimal.js";

import type { ApplicationStatus } from "@/lib/db/generated/enums";

/** WeGetFinancing decides through one lender network; its outcomes share this key. */
export const SINGLE_LENDER_KEY = "-";

export const STATUS_RANK: Record<ApplicationStatus, number> = {
  CREATED: 0,
  PREQUALIFIED: 1,
  PENDING: 2,
  DECLINED: 3,
  APPROVED: 4,
  CONFIRMED: 5,
  CANCELLED: 6,
};

export type LenderState = {
  lenderId: string;
  status: ApplicationStatus;
  amount: Decimal | null;
  occurredAt: Date;
};

/** Orders candidate outcomes of one lender: higher rank, then later, then larger amount. */
function compareOutcomes(a: Omit<LenderState, "lenderId">, b: Omit<LenderState, "lenderId">): number {
  return (
    STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
    a.occurredAt.getTime() - b.occurredAt.getTime() ||
    (a.amount ?? new Decimal(-1)).comparedTo(b.amount ?? new Decimal(-1))
  );
}

/** The outcome to keep for a lender when an event arrives: the greater of the two. */
export function mergeLenderOutcome<T extends Omit<LenderState, "lenderId">>(current: T | undefined, incoming: T): T {
  if (!current) return incoming;
  return compareOutcomes(incoming, current) > 0 ? incoming : current;
}

export type DerivedApplication = {
  status: ApplicationStatus;
  /** The lender behind the status (the best one still in play). */
  lenderId: string | null;
  approvedAmount: Decimal | null;
};

/**
 * Any cancellation cancels the application; otherwise the best outcome of the
 * lenders still in play; DECLINED only when every lender declined.
 */
export function deriveApplication(lenders: LenderState[]): DerivedApplication {
  if (lenders.length === 0) return { status: "CREATED", lenderId: null, approvedAmount: null };
  const sorted = [...lenders].sort((a, b) => compareOutcomes(b, a) || a.lenderId.localeCompare(b.lenderId));
  const cancelled = sorted.find((l) => l.status === "CANCELLED");
  const approved = sorted.find((l) => l.status === "APPROVED" || l.status === "CONFIRMED");
  const approvedAmount = approved?.amount ?? null;
  if (cancelled) return { status: "CANCELLED", lenderId: cancelled.lenderId, approvedAmount };
  const live = sorted.find((l) => l.status !== "DECLINED");
  if (live) return { status: live.status, lenderId: live.lenderId, approvedAmount };
  return { status: "DECLINED", lenderId: sorted[0]!.lenderId, approvedAmount: null };
}
