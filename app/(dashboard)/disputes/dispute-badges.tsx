// Dispute values as badges, shared by the list and a dispute's page.
import { StatusBadge, withTones, type StatusStyle } from "@/components/list/status-badge";
import type { DisputeStatus } from "@/lib/db/generated/enums";
import { disputeStatusLabels } from "@/lib/disputes/dispute-labels";

const tones: Record<DisputeStatus, StatusStyle["tone"]> = {
  OPEN: "danger",
  LENDER_UPDATED: "warning",
  RESOLVED: "success",
};

const styles = withTones(disputeStatusLabels, tones);

export function DisputeStatusBadge({ value }: { value: DisputeStatus }) {
  return <StatusBadge value={value} styles={styles} />;
}
