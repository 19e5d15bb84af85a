// The applications list's filter form (a GET form: the URL holds the filters).
import { FilterBar, FilterField, filterInputClasses } from "@/components/list/filter-bar";
import { MultiSelect, type Option } from "@/components/list/multi-select";
import { DateRangeFilter, SearchFilter } from "@/components/list/search-filter";
import {
  APPLICATION_STATUS_ORDER,
  applicationSortLabels,
  applicationStatusLabels,
} from "@/lib/applications/application-labels";
import { APPLICATION_SORTS, type ApplicationFilters } from "@/lib/applications/find-applications-schema";
import { Provider } from "@/lib/db/generated/enums";
import { providerLabels } from "@/lib/deliveries/delivery-labels";

const providerOptions: Option[] = Object.values(Provider).map((value) => ({ value, label: providerLabels[value] }));
const statusOptions: Option[] = APPLICATION_STATUS_ORDER.map((value) => ({
  value,
  label: applicationStatusLabels[value].label,
}));

type Props = { filters: ApplicationFilters; lenders: string[]; activeCount: number };

export function ApplicationFilterBar({ filters, lenders, activeCount }: Props) {
  return (
    <FilterBar action="/applications" activeCount={activeCount}>
      <SearchFilter
        label="Search"
        placeholder="Id, order id, name or email…"
        hint="Exact application, transaction or order id; or part of the customer's name or email (at least 3 characters)."
        value={filters.q}
      />
      <MultiSelect name="provider" label="Provider" options={providerOptions} selected={filters.provider} />
      <MultiSelect name="status" label="Status" options={statusOptions} selected={filters.status} />
      <MultiSelect
        name="lender"
        label="Lender"
        options={lenders.map((name) => ({ value: name, label: name }))}
        selected={filters.lender}
      />
      <DateRangeFilter from={filters.from} to={filters.to} fromLabel="Last event from" toLabel="Last event to" />
      <FilterField label="Amount min" htmlFor="filter-min">
        <input
          id="filter-min"
          name="min"
          inputMode="decimal"
          defaultValue={filters.min ?? ""}
          placeholder="0.00"
          aria-describedby="filter-amount-hint"
          className={`${filterInputClasses} w-24`}
        />
      </FilterField>
      <FilterField label="Amount max" htmlFor="filter-max">
        <input
          id="filter-max"
          name="max"
          inputMode="decimal"
          defaultValue={filters.max ?? ""}
          placeholder="any"
          aria-describedby="filter-amount-hint"
          className={`${filterInputClasses} w-24`}
        />
      </FilterField>
      <span id="filter-amount-hint" className="sr-only">
        The approved amount, or the requested amount while nothing is approved.
      </span>
      <FilterField label="Sort" htmlFor="filter-sort">
        <select id="filter-sort" name="sort" defaultValue={filters.sort ?? ""} className={filterInputClasses}>
          {APPLICATION_SORTS.map((sort) => (
            <option key={sort} value={sort === "lastEventAt" ? "" : sort}>
              {applicationSortLabels[sort]}
            </option>
          ))}
        </select>
      </FilterField>
    </FilterBar>
  );
}
