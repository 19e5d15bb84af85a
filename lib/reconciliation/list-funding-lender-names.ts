// The lender names present in the funding report, for the lender filter. A skip scan over
// the lenderName index (one index probe per distinct name), so it stays fast at millions
// of records where SELECT DISTINCT would read them all.
import { pgPool } from "@/lib/db/pg-pool";

const MAX_NAMES = 200;

export async function listFundingLenderNames(): Promise<string[]> {
  const { rows } = await pgPool().query<{ name: string }>(
    `WITH RECURSIVE names(name, n) AS (
       (SELECT "lenderName", 1 FROM "FundingRecord" WHERE "lenderName" IS NOT NULL ORDER BY "lenderName" LIMIT 1)
       UNION ALL
       SELECT (SELECT "lenderName" FROM "FundingRecord" WHERE "lenderName" > names.name ORDER BY "lenderName" LIMIT 1), n + 1
       FROM names WHERE names.name IS NOT NULL AND n < $1
     )
     SELECT name FROM names WHERE name IS NOT NULL`,
    [MAX_NAMES],
  );
  return rows.map((row) => row.name);
}
