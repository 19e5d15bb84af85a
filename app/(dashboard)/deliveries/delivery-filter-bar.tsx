// The delivery log's filter form (a GET form: the URL holds the filters).
import { FilterBar, type FilterView } from "@/components/list/filter-bar";
import { SelectFilter } from "@/components/list/filter-field";
import { MultiSelect } from "@/components/list/multi-select";
import { optionsOf, withSelected } from "@/components/list/options";
import { DateRangeFilter, type SearchWords } from "@/components/list/search-filter";
import { Processing, Verification } from "@/lib/db/generated/enums";
import { processingFilterLabels, statusClassLabels, verificationLabels } from "@/lib/deliveries/delivery-labels";
import { STATUS_CLASSES, type DeliveryFilters, type ProcessingFilter } from "@/lib/deliveries/find-deliveries-schema";

import { ProviderFilter } from "./provider-filter";

const statusOptions = optionsOf(STATUS_CLASSES, statusClassLabels);
const verificationOptions = optionsOf(Object.values(Verification), verificationLabels);
// Retrying right after Received, of which it is a part.
const processingValues = Object.values(Processing).flatMap((value): ProcessingFilter[] =>
  value === "RECEIVED" ? [value, "RETRYING"] : [value],
);
const processingOptions = optionsOf(processingValues, processingFilterLabels);

const duplicateOptions = { "": "Shown", no: "Hidden", yes: "Only duplicates" };
const withinOptions = { "": "Any time", "24h": "Last 24 hours" };

const search: SearchWords = {
  label: "Search ids",
  placeholder: "Token, order or application id…",
  hint: "Exact match on any id in the payload, or a delivery id.",
  monospace: true,
};

type Props = { view: FilterView; filters: DeliveryFilters; eventTypes: string[] };

export function DeliveryFilterBar({ view, filters, eventTypes }: Props) {
  const duplicate = filters.duplicate === undefined ? "" : filters.duplicate ? "yes" : "no";
  return (
    <FilterBar view={view} search={search} q={filters.q}>
      <ProviderFilter selected={filters.provider} />
      <MultiSelect
        name="eventType"
        label="Event type"
        options={withSelected(eventTypes, filters.eventType, { sort: true })}
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
