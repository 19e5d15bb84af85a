// The deposits' filters (a GET form, the same query the CSV export takes), and the same in words.
import type { ActiveFilter } from "@/components/list/active-filters";
import { FilterBar, type FilterView } from "@/components/list/filter-bar";
import { LenderFilter } from "@/components/list/lender-filter";
import { MultiSelect } from "@/components/list/multi-select";
import { DateRangeFilter } from "@/components/list/search-filter";
import type { DepositFilters } from "@/lib/reconciliation/find-deposits";

const STATE_LABELS = { unmatched: "Not matched", matched: "Matched", flagged: "Flagged" } as const;
const stateOptions = Object.entries(STATE_LABELS).map(([value, label]) => ({ value, label }));

export function activeDepositFilters(filters: DepositFilters): ActiveFilter[] {
  const chips: ActiveFilter[] = [];
  for (const value of filters.state) chips.push({ param: "state", value, label: `State: ${STATE_LABELS[value]}` });
  for (const value of filters.lender) chips.push({ param: "lender", value, label: `Lender: ${value}` });
  if (filters.from) chips.push({ param: "from", label: `Funded from ${filters.from}` });
  if (filters.to) chips.push({ param: "to", label: `Funded to ${filters.to}` });
  return chips;
}

export function DepositFilterBar({
  view,
  filters,
  lenders,
}: {
  view: FilterView;
  filters: DepositFilters;
  lenders: string[];
}) {
  return (
    <FilterBar view={view}>
      <MultiSelect name="state" label="State" options={stateOptions} selected={filters.state} />
      <LenderFilter lenders={lenders} selected={filters.lender} />
      <DateRangeFilter from={filters.from} to={filters.to} fromLabel="Funded from" toLabel="Funded to" />
    </FilterBar>
  );
}
