// The audit log's filter form (a GET form: the URL holds the filters).
import { FilterBar, type FilterView } from "@/components/list/filter-bar";
import { FilterField, filterInputClasses } from "@/components/list/filter-field";
import { MultiSelect } from "@/components/list/multi-select";
import { withSelected } from "@/components/list/options";
import { DateRangeFilter } from "@/components/list/search-filter";
import { AUDIT_TARGET_TYPES } from "@/lib/audit/audit-vocabulary";
import { KNOWN_AUDIT_ACTIONS, type AuditLogFilters } from "@/lib/audit/find-audit-log-schema";

import { auditActionLabel } from "./audit-action-labels";

const actionOptions = KNOWN_AUDIT_ACTIONS.map((value) => ({ value, label: auditActionLabel(value), hint: value })).sort(
  (a, b) => a.label.localeCompare(b.label),
);

type Props = { view: FilterView; filters: AuditLogFilters; actors: string[] };

export function AuditFilterBar({ view, filters, actors }: Props) {
  return (
    <FilterBar view={view}>
      <MultiSelect name="actor" label="Actor" options={withSelected(actors, filters.actor)} selected={filters.actor} />
      <MultiSelect name="action" label="Action" options={actionOptions} selected={filters.action} />
      <MultiSelect
        name="targetType"
        label="Target type"
        options={[...AUDIT_TARGET_TYPES]}
        selected={filters.targetType}
      />
      <FilterField label="Target id" htmlFor="filter-target" className="w-full sm:w-64">
        <input
          id="filter-target"
          name="target"
          type="search"
          defaultValue={filters.target ?? ""}
          placeholder="A delivery, user or order id…"
          className={`${filterInputClasses} w-full font-mono`}
        />
      </FilterField>
      <DateRangeFilter from={filters.from} to={filters.to} />
    </FilterBar>
  );
}
