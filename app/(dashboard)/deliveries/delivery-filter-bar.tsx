// The delivery log's filter form (a GET form: the URL holds the filters).
import { FilterBar, type FilterView } from "@/components/list/filter-bar";
import { SelectFilter } from "@/components/list/filter-field";
import { MultiSelect, type Option } from "@/components/list/multi-select";
import { DateRangeFilter } from "@/components/list/search-filter";
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

const duplicateOptions = [
  ["", "Shown"],
  ["no", "Hidden"],
  ["yes", "Only duplicates"],
] as const;
const withinOptions = [
  ["", "Any time"],
  ["24h", "Last 24 hours"],
] as const;

// The free-text field: what it matches.
const search = {
  label: "Search ids",
  placeholder: "Token, order or application id…",
  hint: "Exact match on any id in the payload, or a delivery id.",
  monospace: true,
};

type Props = { view: FilterView; filters: DeliveryFilters; eventTypes: string[] };

export function DeliveryFilterBar({ view, filters, eventTypes }: Props) {
  const duplicate = filters.duplicate === undefined ? "" : filters.duplicate ? "yes" : "no";
  return (
    <FilterBar view={view} search={{ ...search, value: filters.q }}>
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
      <SelectFilter label="Duplicates" name="duplicate" value={duplicate} options={duplicateOptions} />
      <SelectFilter label="Received" name="within" value={filters.within} options={withinOptions} />
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
