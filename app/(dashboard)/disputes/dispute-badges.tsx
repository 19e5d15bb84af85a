// Dispute values as badges, shared by the list and a dispute's page.
import { statusBadgeOf, type StatusStyle } from "@/components/list/status-badge";
import type { DisputeStatus } from "@/lib/db/generated/enums";
import { disputeStatusLabels } from "@/lib/disputes/dispute-labels";

const tones: Record<DisputeStatus, StatusStyle["tone"]> = {
  OPEN: "danger",
  LENDER_UPDATED: "warning",
  RESOLVED: "success",
};

export const DisputeStatusBadge = statusBadgeOf(disputeStatusLabels, tones);
