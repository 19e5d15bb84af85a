// The Issues filter form (kind), and the filters in words.
import type { ActiveFilter } from "@/components/list/active-filters";
import { FilterBar, type FilterView } from "@/components/list/filter-bar";
import { MultiSelect } from "@/components/list/multi-select";
import { optionsOf } from "@/components/list/options";
import type { AlertFilters } from "@/lib/alerts/alert-filters";
import { ALERT_KIND_LABELS, ALERT_KINDS } from "@/lib/alerts/alert-kinds";

const kindOptions = optionsOf(ALERT_KINDS, ALERT_KIND_LABELS);

export function IssueFilterBar({ view, filters }: { view: FilterView; filters: AlertFilters }) {
  return (
    <FilterBar view={view}>
      <MultiSelect name="kind" label="Kind" options={kindOptions} selected={filters.kind} />
    </FilterBar>
  );
}

export function activeIssueFilters(filters: AlertFilters): ActiveFilter[] {
  return filters.kind.map((value) => ({ param: "kind", value, label: `Kind: ${ALERT_KIND_LABELS[value]}` }));
}
