// Dispute values as badges, shared by the list and a dispute's page: the status, the deadline's age.
import { Badge, type BadgeTone } from "@/components/badge";
import { statusBadgeOf, type StatusStyle } from "@/components/list/status-badge";
import type { DisputeStatus } from "@/lib/db/generated/enums";
import type { DeadlineAge } from "@/lib/disputes/deadline-age";
import { disputeStatusLabels } from "@/lib/disputes/dispute-labels";

const tones: Record<DisputeStatus, StatusStyle["tone"]> = {
  OPEN: "danger",
  LENDER_UPDATED: "warning",
  RESOLVED: "success",
};

export const DisputeStatusBadge = statusBadgeOf(disputeStatusLabels, tones);

const deadlineTones: Record<DeadlineAge["state"], BadgeTone> = {
  overdue: "danger",
  "due-soon": "warning",
  "due-later": "neutral",
};

/** "due in 3 days", "overdue by 2 days": the age against the response deadline. */
export function DeadlineAgeBadge({ age }: { age: DeadlineAge | null }) {
  if (!age) return null;
  return <Badge tone={deadlineTones[age.state]}>{age.label}</Badge>;
}
