// Bind parameters written into the SQL text as literals, for the one statement that takes
// none: COPY. Only the value types our filters produce are accepted; anything else throws
// rather than being guessed at.
import { escapeLiteral } from "pg";

/** `sql` with every $n replaced by the literal of `values[n - 1]`, in one pass ($1 never eats $10). */
export function inlineSqlParams(sql: string, values: readonly unknown[]): string {
  return sql.replace(/\$(\d+)/g, (_, n: string) => {
    const index = Number(n) - 1;
    if (!(index in values)) throw new RangeError(`No value for the placeholder $${n} (${values.length} given).`);
    return sqlLiteral(values[index]);
  });
}

/** A SQL literal of a string, a string array (text[]) or a Date (timestamptz). */
export function sqlLiteral(value: unknown): string {
  if (typeof value === "string") return textLiteral(value);
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError("An invalid Date cannot be written as SQL.");
    return `${textLiteral(value.toISOString())}::timestamptz`;
  }
  if (Array.isArray(value) && value.every((item) => typeof item === "string")) {
    // ARRAY[] needs its type, and the cast makes `= ANY(<literal>::text[])` work empty or not.
    return `ARRAY[${value.map(textLiteral).join(", ")}]::text[]`;
  }
  throw new TypeError(`Cannot write a ${Object.prototype.toString.call(value)} as a SQL literal.`);
}

function textLiteral(value: string): string {
  // The query text travels as a C string: a NUL would cut it short (PostgreSQL text holds none anyway).
  if (value.includes("\0")) throw new RangeError("A SQL text value cannot contain a NUL character.");
  // pg's escapeLiteral doubles ' and \ and writes E'…' when there is a backslash, so the
  // literal means the same whatever standard_conforming_strings is.
  return escapeLiteral(value);
}
