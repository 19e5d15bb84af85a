// A funding record's status as a badge (the words, a tone, and a tooltip saying what it means).
import { Badge } from "@/components/badge";
import { StatusBadge } from "@/components/list/status-badge";

import { fundingStatusStyles, isFundingStatus } from "./funding-status-labels";

export function FundingStatusBadge({ value }: { value: string }) {
  if (!isFundingStatus(value)) return <Badge tone="neutral">{value}</Badge>;
  return <StatusBadge value={value} styles={fundingStatusStyles} />;
}
