// The dispute list's filter form (a GET form: the URL holds the filters), and its filters in words.
import type { ActiveFilter } from "@/components/list/active-filters";
import { FilterBar, type FilterView } from "@/components/list/filter-bar";
import { SelectFilter } from "@/components/list/filter-field";
import { LenderFilter } from "@/components/list/lender-filter";
import { MultiSelect } from "@/components/list/multi-select";
import { optionsOf } from "@/components/list/options";
import { DateRangeFilter, type SearchWords } from "@/components/list/search-filter";
import { DisputeStatus } from "@/lib/db/generated/enums";
import { disputeAgeLabels, disputeDeadlineLabels, disputeStatusLabels } from "@/lib/disputes/dispute-labels";
import { DISPUTE_AGES, DISPUTE_DEADLINES, type DisputeFilters } from "@/lib/disputes/find-disputes-schema";

const statusOptions = optionsOf(Object.values(DisputeStatus), disputeStatusLabels);
const ageOptions = [
  ["", "Any age"] as const,
  ...DISPUTE_AGES.map((age) => [age, `Opened over ${age} days ago`] as const),
];

const deadlineOptions = [
  ["", "Any deadline"] as const,
  ...DISPUTE_DEADLINES.map((deadline) => [deadline, disputeDeadlineLabels[deadline]] as const),
];

const search: SearchWords = {
  label: "Search ids",
  placeholder: "Dispute, lender or application id…",
  hint: "Exact match on our dispute id, ChargeAfter's dispute id, the lender's dispute id or the application id.",
  monospace: true,
};

type Props = { view: FilterView; filters: DisputeFilters; lenders: string[] };

export function DisputeFilterBar({ view, filters, lenders }: Props) {
  return (
    <FilterBar view={view} search={search} q={filters.q}>
      <MultiSelect name="status" label="Status" options={statusOptions} selected={filters.status} />
      <LenderFilter lenders={lenders} selected={filters.lender} />
      <SelectFilter label="Age" name="age" value={filters.age} options={ageOptions} />
      <DateRangeFilter from={filters.from} to={filters.to} fromLabel="Opened from" toLabel="Opened to" />
      <SelectFilter label="Response deadline" name="deadline" value={filters.deadline} options={deadlineOptions} />
    </FilterBar>
  );
}

export function activeDisputeFilters(filters: DisputeFilters): ActiveFilter[] {
  const chips: ActiveFilter[] = [];
  if (filters.q) chips.push({ param: "q", label: `Id: ${filters.q}` });
  for (const value of filters.status)
    chips.push({ param: "status", value, label: `Status: ${disputeStatusLabels[value].label}` });
  for (const value of filters.lender) chips.push({ param: "lender", value, label: `Lender: ${value}` });
  if (filters.deadline)
    chips.push({ param: "deadline", label: `Deadline: ${disputeDeadlineLabels[filters.deadline]}` });
  if (filters.age) chips.push({ param: "age", label: disputeAgeLabels[filters.age] });
  if (filters.from) chips.push({ param: "from", label: `Opened from ${filters.from}` });
  if (filters.to) chips.push({ param: "to", label: `Opened to ${filters.to}` });
  return chips;
}
