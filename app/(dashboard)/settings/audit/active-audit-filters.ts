// The audit log's filters in words, for the "Filtered by" summary.
import type { ActiveFilter } from "@/components/list/active-filters";
import type { AuditLogFilters } from "@/lib/audit/find-audit-log-schema";

import { auditActionLabel } from "./audit-action-labels";

export function activeAuditFilters(filters: AuditLogFilters): ActiveFilter[] {
  const chips: ActiveFilter[] = [];
  for (const value of filters.actor) chips.push({ param: "actor", value, label: `By ${value}` });
  for (const value of filters.action) chips.push({ param: "action", value, label: auditActionLabel(value) });
  for (const value of filters.targetType) chips.push({ param: "targetType", value, label: `Target: ${value}` });
  if (filters.target) chips.push({ param: "target", label: `Target id: ${filters.target}` });
  if (filters.from) chips.push({ param: "from", label: `From ${filters.from}` });
  if (filters.to) chips.push({ param: "to", label: `To ${filters.to}` });
  return chips;
}
