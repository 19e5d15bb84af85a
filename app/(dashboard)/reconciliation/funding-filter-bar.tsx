// The funding report's filter form (a GET form: the URL holds the filters, and the CSV
// export takes the very same query).
import { FilterBar, FilterField, filterInputClasses } from "@/components/list/filter-bar";
import { MultiSelect, type Option } from "@/components/list/multi-select";
import { DateRangeFilter, SearchFilter } from "@/components/list/search-filter";
import { PRODUCT_TYPES, TRANSACTION_TYPES } from "@/lib/providers/chargeafter/funding-record-schema";
import type { FundingFilters } from "@/lib/reconciliation/funding-filters";

import { FUNDING_STATUS_ORDER, fundingStatusStyles } from "./funding-status-labels";

const statusOptions: Option[] = FUNDING_STATUS_ORDER.map((value) => ({
  value,
  label: fundingStatusStyles[value].label,
  hint: fundingStatusStyles[value].description,
}));

const withSelected = (known: readonly string[], selected: readonly string[]): Option[] =>
  [...new Set([...known, ...selected])].map((value) => ({ value, label: value }));

type Props = { filters: FundingFilters; lenders: string[]; activeCount: number };

export function FundingFilterBar({ filters, lenders, activeCount }: Props) {
  return (
    <FilterBar action="/reconciliation" activeCount={activeCount}>
      <SearchFilter
        label="Search"
        placeholder="Order, transaction or charge id, name, email…"
        hint="A whole order, transaction or charge id matches exactly; part of the customer's name or email matches too."
        value={filters.q}
      />
      <MultiSelect name="status" label="Status" options={statusOptions} selected={filters.status} />
      <MultiSelect
        name="transactionType"
        label="Transaction type"
        options={withSelected(TRANSACTION_TYPES, filters.transactionType)}
        selected={filters.transactionType}
      />
      <MultiSelect
        name="lender"
        label="Lender"
        options={withSelected(lenders, filters.lender)}
        selected={filters.lender}
      />
      <MultiSelect
        name="productType"
        label="Product type"
        options={withSelected(PRODUCT_TYPES, filters.productType)}
        selected={filters.productType}
      />
      <FilterField label="Our match" htmlFor="filter-match">
        <select id="filter-match" name="match" defaultValue={filters.match ?? ""} className={filterInputClasses}>
          <option value="">Any</option>
          <option value="unmatched">No local match</option>
          <option value="matched">Matched to an application</option>
        </select>
      </FilterField>
      <FilterField label="Date of" htmlFor="filter-date-field">
        <select
          id="filter-date-field"
          name="dateField"
          defaultValue={filters.dateField === "fundedAt" ? "fundedAt" : ""}
          className={filterInputClasses}
        >
          <option value="">Transaction</option>
          <option value="fundedAt">Funding</option>
        </select>
      </FilterField>
      <DateRangeFilter from={filters.from} to={filters.to} />
    </FilterBar>
  );
}
