// The order list's filter form (a GET form: the URL holds the filters), and its filters in words.
import type { ActiveFilter } from "@/components/list/active-filters";
import { FilterBar, type FilterView } from "@/components/list/filter-bar";
import { SelectFilter } from "@/components/list/filter-field";
import { MultiSelect } from "@/components/list/multi-select";
import { optionsOf } from "@/components/list/options";
import { DateRangeFilter, type SearchWords } from "@/components/list/search-filter";
import { OrderStatus } from "@/lib/db/generated/enums";
import { FINANCING_STATUSES, type OrderFilters } from "@/lib/orders/find-orders-schema";
import { financingFilterLabels, orderKindLabels, orderStatusLabels } from "@/lib/orders/order-labels";

const orderStatusOptions = optionsOf(Object.values(OrderStatus), orderStatusLabels);
const financingOptions = optionsOf(FINANCING_STATUSES, financingFilterLabels);
const kindOptions = { "": "Orders and pending carts", ...orderKindLabels };

const search: SearchWords = {
  label: "Search",
  placeholder: "Transaction id, token, order id, email…",
  hint: "Exact match on a merchant transaction id, request token, order or cart id, or customer email.",
  monospace: true,
};

type Props = { view: FilterView; filters: OrderFilters };

export function OrderFilterBar({ view, filters }: Props) {
  return (
    <FilterBar view={view} search={search} q={filters.q}>
      <SelectFilter label="Show" name="kind" value={filters.kind} options={kindOptions} />
      <MultiSelect name="status" label="Order status" options={orderStatusOptions} selected={filters.status} />
      <MultiSelect name="financing" label="Financing status" options={financingOptions} selected={filters.financing} />
      <DateRangeFilter from={filters.from} to={filters.to} />
    </FilterBar>
  );
}

export function activeOrderFilters(filters: OrderFilters): ActiveFilter[] {
  const chips: ActiveFilter[] = [];
  if (filters.q) chips.push({ param: "q", label: `Search: ${filters.q}` });
  if (filters.kind) chips.push({ param: "kind", label: orderKindLabels[filters.kind] });
  for (const value of filters.status)
    chips.push({ param: "status", value, label: `Order: ${orderStatusLabels[value].label}` });
  for (const value of filters.financing)
    chips.push({ param: "financing", value, label: `Financing: ${financingFilterLabels[value]}` });
  if (filters.from) chips.push({ param: "from", label: `From ${filters.from}` });
  if (filters.to) chips.push({ param: "to", label: `To ${filters.to}` });
  return chips;
}
