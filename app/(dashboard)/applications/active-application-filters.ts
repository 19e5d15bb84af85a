// The list's filters in words, for the "Filtered by" summary.
import type { ActiveFilter } from "@/components/list/active-filters";
import { applicationStatusLabels } from "@/lib/applications/application-labels";
import type { ApplicationFilters } from "@/lib/applications/find-applications-schema";
import { providerLabels } from "@/lib/deliveries/delivery-labels";
import { formatMoney } from "@/lib/format/format-money";

export function activeApplicationFilters(filters: ApplicationFilters): ActiveFilter[] {
  const chips: ActiveFilter[] = [];
  if (filters.q) chips.push({ param: "q", label: `Search: ${filters.q}` });
  for (const value of filters.provider) chips.push({ param: "provider", value, label: providerLabels[value] });
  for (const value of filters.status)
    chips.push({ param: "status", value, label: `Status: ${applicationStatusLabels[value].label}` });
  for (const value of filters.lender) chips.push({ param: "lender", value, label: `Lender: ${value}` });
  if (filters.from) chips.push({ param: "from", label: `From ${filters.from}` });
  if (filters.to) chips.push({ param: "to", label: `To ${filters.to}` });
  if (filters.min) chips.push({ param: "min", label: `At least ${formatMoney(filters.min)}` });
  if (filters.max) chips.push({ param: "max", label: `At most ${formatMoney(filters.max)}` });
  return chips;
}
