// The distinct values of one indexed column, for a list's filter options (lenders, event
// types), read with a skip scan ("loose index scan"): one index probe per distinct value,
// so it costs the same at millions of rows as at a hundred, where SELECT DISTINCT would
// read every row. At most `limit` values, in the column's order; NULL is left out.
import "server-only";

import { db, Prisma } from "@/lib/db/client";

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;

/** `table` and `column` are our own names (never user input): anything else throws. */
export async function listDistinctValues(source: { table: string; column: string; limit: number }): Promise<string[]> {
  const [table, column] = [source.table, source.column].map((name) => {
    if (!IDENTIFIER.test(name)) throw new RangeError(`Not a table or column name: ${JSON.stringify(name)}`);
    return Prisma.raw(`"${name}"`);
  }) as [Prisma.Sql, Prisma.Sql];
  const rows = await db().$queryRaw<{ value: string }[]>`
    WITH RECURSIVE distinct_values(value, n) AS (
      (SELECT ${column}, 1 FROM ${table} WHERE ${column} IS NOT NULL ORDER BY ${column} LIMIT 1)
      UNION ALL
      SELECT (SELECT t.${column} FROM ${table} t WHERE t.${column} > d.value ORDER BY t.${column} LIMIT 1), d.n + 1
      FROM distinct_values d WHERE d.value IS NOT NULL AND d.n < ${source.limit}::int
    )
    SELECT value FROM distinct_values WHERE value IS NOT NULL`;
  return rows.map((row) => row.value);
}
