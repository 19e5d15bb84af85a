// Words for dispute values, as staff read them in the list and on a dispute's page.
import type { DisputeStatus } from "@/lib/db/generated/enums";

import type { DisputeFactField } from "./dispute-facts";
import type { DisputeAge, DisputeDeadlineFilter } from "./find-disputes-schema";

export const disputeStatusLabels: Record<DisputeStatus, { label: string; description: string }> = {
  OPEN: { label: "Open", description: "The customer opened the dispute; the lender has not answered yet." },
  LENDER_UPDATED: {
    label: "Lender updated",
    description: "The lender sent an update; the dispute is not resolved yet.",
  },
  RESOLVED: { label: "Resolved", description: "The lender resolved the dispute." },
};

export const disputeAgeLabels: Record<DisputeAge, string> = {
  "7": "Opened more than 7 days ago",
  "30": "Opened more than 30 days ago",
  "60": "Opened more than 60 days ago",
};

export const disputeDeadlineLabels: Record<DisputeDeadlineFilter, string> = {
  overdue: "Overdue",
  "due-soon": "Due within 7 days",
  none: "No deadline entered",
};

const DAY_MS = 86_400_000;

/**
 * Whole days a dispute has been open: until now, or until it was resolved.
 * Never negative (a clock a little ahead of ours).
 */
export function disputeAgeDays(openedAt: Date, resolvedAt: Date | null, now: Date): number {
  const end = resolvedAt ?? now;
  return Math.max(0, Math.floor((end.getTime() - openedAt.getTime()) / DAY_MS));
}

/** The fields staff act on, in words (messages, sources, the audit). */
export const disputeFactLabels: Record<DisputeFactField, string> = {
  amount: "amount",
  reason: "reason",
  responseDueAt: "response due date",
  outcome: "outcome",
  resolutionNote: "resolution note",
};
