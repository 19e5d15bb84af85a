// A list export's columns, named by the row's fields in order (or [header, value] for one
// the row holds deeper), each cell written by what its value is: text formula-escaped;
// exact decimals (Prisma.Decimal) with two places, never a float and never escaped ("-12.50"
// is a number); times in the export's zone, to the second. A column named "…At" is a time and
// its header names the zone ("receivedAt (America/New_York)").
import { escapeFormula } from "./escape-formula";
import { formatCsvTime } from "./format-csv-time";

export type CsvColumn<R> = {
  header: (timeZone: string) => string;
  cell: (row: R, timeZone: string) => string | null;
};

/** The exact decimal types the database hands over (Prisma.Decimal, decimal.js). */
type ExactDecimal = { toFixed: (decimalPlaces: number) => string };

export type CellValue = string | number | Date | ExactDecimal | readonly string[] | null | undefined;

type Field<R> = { [K in keyof R & string]: R[K] extends CellValue ? K : never }[keyof R & string];

/** A field, or a [header, value] the row holds deeper; "amount" marks a value that is an exact decimal string ("-12.50"). */
export type ColumnSpec<R> =
  | Field<R>
  | readonly [header: string, value: (row: R) => CellValue]
  | readonly [header: string, value: (row: R) => string | null | undefined, kind: "amount"];

export function csvColumns<R>(specs: readonly ColumnSpec<R>[]): CsvColumn<R>[] {
  return specs.map((spec) => {
    const [name, value, kind] = typeof spec === "string" ? [spec, (row: R) => row[spec] as CellValue] : spec;
    const isTime = name.endsWith("At");
    return {
      header: (timeZone) => (isTime ? `${name} (${timeZone})` : name),
      cell:
        kind === "amount"
          ? (row) => (value(row) as string | null | undefined) || null
          : (row, timeZone) => cellOf(value(row), timeZone),
    };
  });
}

function cellOf(value: CellValue, timeZone: string): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return formatCsvTime(value, timeZone);
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return value ? escapeFormula(value) : null;
  if ("toFixed" in value) return value.toFixed(2);
  return value.length ? escapeFormula(value.join(" ")) : null;
}
