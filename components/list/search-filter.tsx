// The free-text field of a filter bar, with a hint for screen readers saying what it matches.
import { FilterField, filterInputClasses } from "@/components/list/filter-field";

/** What a list's free-text field is called and what it matches (ids show in monospace). */
export type SearchWords = { label: string; placeholder: string; hint: string; monospace?: boolean };

type SearchFilterProps = SearchWords & { value?: string };

export function SearchFilter({ label, placeholder, hint, value, monospace = false }: SearchFilterProps) {
  return (
    <FilterField label={label} htmlFor="filter-q" className="w-full sm:w-64">
      <input
        id="filter-q"
        name="q"
        type="search"
        defaultValue={value ?? ""}
        placeholder={placeholder}
        aria-describedby="filter-q-hint"
        className={`${filterInputClasses} w-full ${monospace ? "font-mono" : ""}`}
      />
      <span id="filter-q-hint" className="sr-only">
        {hint}
      </span>
    </FilterField>
  );
}

/** "From" and "to" days (inclusive, in APP_TIMEZONE), as the `from` and `to` parameters. */
export function DateRangeFilter({
  from,
  to,
  fromLabel = "From",
  toLabel = "To",
}: {
  from?: string;
  to?: string;
  fromLabel?: string;
  toLabel?: string;
}) {
  return (
    <>
      <FilterField label={fromLabel} htmlFor="filter-from">
        <input id="filter-from" name="from" type="date" defaultValue={from ?? ""} className={filterInputClasses} />
      </FilterField>
      <FilterField label={toLabel} htmlFor="filter-to">
        <input id="filter-to" name="to" type="date" defaultValue={to ?? ""} className={filterInputClasses} />
      </FilterField>
    </>
  );
}
