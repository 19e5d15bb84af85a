// Dispute values as badges, shared by the list and a dispute's page.
import { StatusBadge, type StatusStyle } from "@/components/list/status-badge";
import type { DisputeStatus } from "@/lib/db/generated/enums";
import { disputeStatusLabels } from "@/lib/disputes/dispute-labels";

const tones: Record<DisputeStatus, StatusStyle["tone"]> = {
  OPEN: "danger",
  LENDER_UPDATED: "warning",
  RESOLVED: "success",
};

const styles = Object.fromEntries(
  Object.entries(disputeStatusLabels).map(([value, label]) => [
    value,
    { ...label, tone: tones[value as DisputeStatus] },
  ]),
) as Record<DisputeStatus, StatusStyle>;

export function DisputeStatusBadge({ value }: { value: DisputeStatus }) {
  return <StatusBadge value={value} styles={styles} />;
}
