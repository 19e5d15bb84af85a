// The log's filters in words, for the "Filtered by" summary.
import type { ActiveFilter } from "@/components/list/active-filters";
import {
  processingFilterLabels,
  providerLabels,
  statusClassLabels,
  verificationLabels,
} from "@/lib/deliveries/delivery-labels";
import type { DeliveryFilters } from "@/lib/deliveries/find-deliveries-schema";

export function activeDeliveryFilters(filters: DeliveryFilters): ActiveFilter[] {
  const chips: ActiveFilter[] = [];
  if (filters.q) chips.push({ param: "q", label: `Id: ${filters.q}` });
  for (const value of filters.provider) chips.push({ param: "provider", value, label: providerLabels[value] });
  for (const value of filters.eventType) chips.push({ param: "eventType", value, label: `Event: ${value}` });
  for (const value of filters.status) chips.push({ param: "status", value, label: `HTTP ${statusClassLabels[value]}` });
  for (const value of filters.verification)
    chips.push({ param: "verification", value, label: `Verification: ${verificationLabels[value].label}` });
  for (const value of filters.processing)
    chips.push({ param: "processing", value, label: `Processing: ${processingFilterLabels[value].label}` });
  if (filters.duplicate !== undefined)
    chips.push({ param: "duplicate", label: filters.duplicate ? "Only duplicates" : "Duplicates hidden" });
  if (filters.failure) chips.push({ param: "failure", label: "Failures only" });
  if (filters.within) chips.push({ param: "within", label: "Last 24 hours" });
  if (filters.from) chips.push({ param: "from", label: `From ${filters.from}` });
  if (filters.to) chips.push({ param: "to", label: `To ${filters.to}` });
  return chips;
}
