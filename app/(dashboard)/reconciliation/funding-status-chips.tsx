// How many funding records each status holds under the other filters (so "Type mismatch" and
// "Amount mismatch" are one click away); legacy statuses only while some record carries them.
import { StatusChips } from "@/components/list/status-chips";
import type { FundingStatus } from "@/lib/providers/chargeafter/funding-record-schema";
import type { RawSearchParams } from "@/lib/search-params";

import { FUNDING_STATUS_ORDER, fundingStatusFill, fundingStatusStyles } from "./funding-status-labels";

const LEGACY: readonly FundingStatus[] = ["UNRECONCILED", "MISMATCHED", "CHARGEBACK"];

type Props = {
  view: { path: string; query: RawSearchParams };
  /** null: not counted (a search too broad to sum). */
  counts: Record<string, number> | null;
  selected: readonly string[];
};

export function FundingStatusChips({ view, counts, selected }: Props) {
  const chips = FUNDING_STATUS_ORDER.filter(
    (status) => !LEGACY.includes(status) || (counts?.[status] ?? 0) > 0 || selected.includes(status),
  ).map((status) => ({
    value: status,
    ...fundingStatusStyles[status],
    tone: undefined,
    color: fundingStatusFill(status),
  }));
  return (
    <StatusChips label="Funding records by status" view={view} chips={chips} counts={counts} selected={selected} />
  );
}
