// The funding report's filter form (a GET form: the URL holds the filters, and the CSV
// export takes the very same query).
import { FilterBar, type FilterView } from "@/components/list/filter-bar";
import { SelectFilter } from "@/components/list/filter-field";
import { LenderFilter } from "@/components/list/lender-filter";
import { MultiSelect } from "@/components/list/multi-select";
import { optionsOf, withSelected } from "@/components/list/options";
import { DateRangeFilter, type SearchWords } from "@/components/list/search-filter";
import { PRODUCT_TYPES, TRANSACTION_TYPES } from "@/lib/providers/chargeafter/funding-record-schema";
import type { FundingFilters } from "@/lib/reconciliation/funding-filters";

import { REVIEW_LABELS } from "./active-funding-filters";
import { FUNDING_STATUS_ORDER, fundingStatusStyles } from "./funding-status-labels";

const statusOptions = optionsOf(FUNDING_STATUS_ORDER, fundingStatusStyles, { hints: true });

const matchOptions = { "": "Any", unmatched: "No local match", matched: "Matched to an application" };
const reviewOptions = { "": "Any", ...REVIEW_LABELS };
const dateFieldOptions = { "": "Transaction", fundedAt: "Funding" };

const search: SearchWords = {
  label: "Search",
  placeholder: "Order, transaction or charge id, name, email…",
  hint: "A whole order, transaction or charge id matches exactly; part of the customer's name or email matches too.",
};

type Props = { view: FilterView; filters: FundingFilters; lenders: string[] };

export function FundingFilterBar({ view, filters, lenders }: Props) {
  return (
    <FilterBar view={view} search={search} q={filters.q}>
      <MultiSelect name="status" label="Status" options={statusOptions} selected={filters.status} />
      <MultiSelect
        name="transactionType"
        label="Transaction type"
        options={withSelected(TRANSACTION_TYPES, filters.transactionType)}
        selected={filters.transactionType}
      />
      <LenderFilter lenders={lenders} selected={filters.lender} />
      <MultiSelect
        name="productType"
        label="Product type"
        options={withSelected(PRODUCT_TYPES, filters.productType)}
        selected={filters.productType}
      />
      <SelectFilter label="Our match" name="match" value={filters.match} options={matchOptions} />
      <SelectFilter label="Review" name="review" value={filters.review} options={reviewOptions} />
      <SelectFilter
        label="Date of"
        name="dateField"
        value={filters.dateField === "fundedAt" ? "fundedAt" : ""}
        options={dateFieldOptions}
      />
      <DateRangeFilter from={filters.from} to={filters.to} />
    </FilterBar>
  );
}
