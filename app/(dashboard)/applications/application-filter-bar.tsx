// The applications list's filter form (a GET form: the URL holds the filters).
import { ProviderFilter } from "@/app/(dashboard)/deliveries/provider-filter";
import { FilterBar, type FilterView } from "@/components/list/filter-bar";
import { InputFilter, SelectFilter } from "@/components/list/filter-field";
import { LenderFilter } from "@/components/list/lender-filter";
import { MultiSelect } from "@/components/list/multi-select";
import { optionsOf } from "@/components/list/options";
import { DateRangeFilter, type SearchWords } from "@/components/list/search-filter";
import {
  APPLICATION_STATUS_ORDER,
  applicationSortLabels,
  applicationStatusLabels,
} from "@/lib/applications/application-labels";
import { APPLICATION_SORTS, type ApplicationFilters } from "@/lib/applications/find-applications-schema";

const statusOptions = optionsOf(APPLICATION_STATUS_ORDER, applicationStatusLabels);
// The default sort is no parameter at all.
const sortOptions = APPLICATION_SORTS.map(
  (sort) => [sort === "lastEventAt" ? "" : sort, applicationSortLabels[sort]] as const,
);

const search: SearchWords = {
  label: "Search",
  placeholder: "Id, order id, name or email…",
  hint: "Exact application, transaction or order id; or part of the customer's name or email (at least 3 characters).",
};

type Props = { view: FilterView; filters: ApplicationFilters; lenders: string[] };

export function ApplicationFilterBar({ view, filters, lenders }: Props) {
  return (
    <FilterBar view={view} search={search} q={filters.q}>
      <ProviderFilter selected={filters.provider} />
      <MultiSelect name="status" label="Status" options={statusOptions} selected={filters.status} />
      <LenderFilter lenders={lenders} selected={filters.lender} />
      <DateRangeFilter from={filters.from} to={filters.to} fromLabel="Last event from" toLabel="Last event to" />
      <InputFilter
        type="decimal"
        label="Amount min"
        name="min"
        value={filters.min}
        placeholder="0.00"
        describedBy="filter-amount-hint"
      />
      <InputFilter
        type="decimal"
        label="Amount max"
        name="max"
        value={filters.max}
        placeholder="any"
        describedBy="filter-amount-hint"
      />
      <span id="filter-amount-hint" className="sr-only">
        The approved amount, or the requested amount while nothing is approved.
      </span>
      <SelectFilter
        label="Sort"
        name="sort"
        value={filters.sort === "lastEventAt" ? "" : filters.sort}
        options={sortOptions}
      />
    </FilterBar>
  );
}
