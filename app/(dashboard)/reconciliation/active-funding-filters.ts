// The funding report's filters in words, for the "Filtered by" summary.
import type { ActiveFilter } from "@/components/list/active-filters";
import type { FundingFilters } from "@/lib/reconciliation/funding-filters";

import { fundingStatusLabel } from "./funding-status-labels";

export const REVIEW_LABELS = { open: "Open mismatches", assigned: "Assigned", resolved: "Resolved" } as const;

export function activeFundingFilters(filters: FundingFilters): ActiveFilter[] {
  const chips: ActiveFilter[] = [];
  if (filters.q) chips.push({ param: "q", label: `Search: ${filters.q}` });
  for (const value of filters.status)
    chips.push({ param: "status", value, label: `Status: ${fundingStatusLabel(value)}` });
  if (filters.match === "unmatched") chips.push({ param: "match", label: "No local match" });
  if (filters.match === "matched") chips.push({ param: "match", label: "Matched to an application" });
  if (filters.review) chips.push({ param: "review", label: `Review: ${REVIEW_LABELS[filters.review]}` });
  for (const value of filters.lender) chips.push({ param: "lender", value, label: `Lender: ${value}` });
  for (const value of filters.productType) chips.push({ param: "productType", value, label: `Product: ${value}` });
  for (const value of filters.transactionType) chips.push({ param: "transactionType", value, label: `Type: ${value}` });
  const on = filters.dateField === "fundedAt" ? "funded" : "transaction";
  if (filters.from)
    chips.push({ param: "from", label: `${on === "funded" ? "Funded" : "Transaction"} from ${filters.from}` });
  if (filters.to) chips.push({ param: "to", label: `${on === "funded" ? "Funded" : "Transaction"} to ${filters.to}` });
  if (filters.dateField === "fundedAt")
    chips.push({ param: "dateField", label: "Funded records only (by funding date)" });
  return chips;
}
