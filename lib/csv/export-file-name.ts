// An export's file name says the list, the filter and the period:
// applications_approved_2026-11-01_2026-11-30.csv; from a day on, up to the export's day;
// with no period, the export's day (deliveries_2026-12-03.csv). Days are APP_TIMEZONE's.
// Only [a-z0-9.-] survive in the parts, so the name needs no quoting in any header or shell.
import { formatCsvTime } from "./format-csv-time";

/** Which filters a name mentions, and how: "" writes the values alone ("approved"), else prefixed ("lender-acme"). */
export type NameParts<F> = Partial<Record<keyof F & string, string>>;

type Filters = { from?: string; to?: string } & Record<string, unknown>;

const PART_LENGTH = 40;

export function exportFileName<F extends Filters>(input: {
  list: string;
  filters: F;
  nameParts: NameParts<F>;
  timeZone: string;
  now: Date;
}): string {
  const { filters } = input;
  const today = formatCsvTime(input.now, input.timeZone).slice(0, 10);
  const parts = Object.entries(input.nameParts).flatMap(([key, prefix]) => {
    const values = [filters[key] ?? []].flat().filter((value): value is string => typeof value === "string");
    const slug = slugOf(values.join("-"));
    return slug ? [prefix ? `${prefix}-${slug}` : slug] : [];
  });
  const period = filters.from ? [filters.from, filters.to ?? today] : filters.to ? ["until", filters.to] : [today];
  return `${[input.list, ...parts, ...period].join("_")}.csv`;
}

function slugOf(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "")
    .slice(0, PART_LENGTH)
    .replace(/[-.]+$/, "");
}
