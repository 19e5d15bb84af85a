// The financing request list's filter form (a GET form: the URL holds the filters), and its filters in words.
import type { ActiveFilter } from "@/components/list/active-filters";
import { FilterBar, type FilterView } from "@/components/list/filter-bar";
import { MultiSelect } from "@/components/list/multi-select";
import { optionsOf } from "@/components/list/options";
import { DateRangeFilter, type SearchWords } from "@/components/list/search-filter";
import type { FinancingRequestFilters } from "@/lib/financing-requests/find-financing-requests-schema";
import { REQUEST_STATES, requestStateLabels } from "@/lib/financing-requests/request-state-labels";

const statusOptions = optionsOf(REQUEST_STATES, requestStateLabels);

const search: SearchWords = {
  label: "Search",
  placeholder: "Name, email, transaction id, token…",
  hint: "Words of 3 or more letters in the customer's name or email, or an exact merchant transaction id, request token or request id.",
};

type Props = { view: FilterView; filters: FinancingRequestFilters };

export function FinancingRequestFilterBar({ view, filters }: Props) {
  return (
    <FilterBar view={view} search={search} q={filters.q}>
      <MultiSelect name="status" label="Status" options={statusOptions} selected={filters.status} />
      <DateRangeFilter from={filters.from} to={filters.to} fromLabel="Created from" toLabel="Created to" />
    </FilterBar>
  );
}

export function activeFinancingRequestFilters(filters: FinancingRequestFilters): ActiveFilter[] {
  const chips: ActiveFilter[] = [];
  if (filters.q) chips.push({ param: "q", label: `Search: ${filters.q}` });
  for (const value of filters.status)
    chips.push({ param: "status", value, label: `Status: ${requestStateLabels[value].label}` });
  if (filters.from) chips.push({ param: "from", label: `Created from ${filters.from}` });
  if (filters.to) chips.push({ param: "to", label: `Created to ${filters.to}` });
  return chips;
}
