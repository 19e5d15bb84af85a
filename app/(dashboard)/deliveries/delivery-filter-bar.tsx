// The delivery log's filter form (a GET form: the URL holds the filters).
import { FilterBar, FilterField, filterInputClasses } from "@/components/list/filter-bar";
import { MultiSelect, type Option } from "@/components/list/multi-select";
import { DateRangeFilter, SearchFilter } from "@/components/list/search-filter";
import { Processing, Provider, Verification } from "@/lib/db/generated/enums";
import {
  processingLabels,
  providerLabels,
  statusClassLabels,
  verificationLabels,
} from "@/lib/deliveries/delivery-labels";
import { STATUS_CLASSES, type DeliveryFilters } from "@/lib/deliveries/find-deliveries-schema";

const providerOptions: Option[] = Object.values(Provider).map((value) => ({ value, label: providerLabels[value] }));
const statusOptions: Option[] = STATUS_CLASSES.map((value) => ({ value, label: statusClassLabels[value] }));
const verificationOptions: Option[] = Object.values(Verification).map((value) => ({
  value,
  ...verificationLabels[value],
  hint: undefined,
}));
const processingOptions: Option[] = Object.values(Processing).map((value) => ({
  value,
  label: processingLabels[value].label,
}));

type Props = { filters: DeliveryFilters; eventTypes: string[]; activeCount: number };

export function DeliveryFilterBar({ filters, eventTypes, activeCount }: Props) {
  const yesNo = (value: boolean | undefined) => (value === undefined ? "" : value ? "yes" : "no");
  return (
    <FilterBar action="/deliveries" activeCount={activeCount}>
      <SearchFilter
        label="Search ids"
        placeholder="Token, order or application id…"
        hint="Exact match on any id in the payload, or a delivery id."
        value={filters.q}
        monospace
      />
      <MultiSelect name="provider" label="Provider" options={providerOptions} selected={filters.provider} />
      <MultiSelect
        name="eventType"
        label="Event type"
        options={eventTypes.map((t) => ({ value: t, label: t }))}
        selected={filters.eventType}
      />
      <MultiSelect name="status" label="Our HTTP status" options={statusOptions} selected={filters.status} />
      <MultiSelect
        name="verification"
        label="Verification"
        options={verificationOptions}
        selected={filters.verification}
      />
      <MultiSelect name="processing" label="Processing" options={processingOptions} selected={filters.processing} />
      <FilterField label="Duplicates" htmlFor="filter-duplicate">
        <select
          id="filter-duplicate"
          name="duplicate"
          defaultValue={yesNo(filters.duplicate)}
          className={filterInputClasses}
        >
          <option value="">Shown</option>
          <option value="no">Hidden</option>
          <option value="yes">Only duplicates</option>
        </select>
      </FilterField>
      <FilterField label="Received" htmlFor="filter-within">
        <select id="filter-within" name="within" defaultValue={filters.within ?? ""} className={filterInputClasses}>
          <option value="">Any time</option>
          <option value="24h">Last 24 hours</option>
        </select>
      </FilterField>
      <DateRangeFilter from={filters.from} to={filters.to} />
      <label className="flex h-8 items-center gap-1.5 self-end text-sm text-gray-800">
        <input
          type="checkbox"
          name="failure"
          value="yes"
          defaultChecked={filters.failure === true}
          className="size-4 accent-accent-700"
        />
        Failures only
      </label>
    </FilterBar>
  );
}
