// The funding report's running totals per day (FundingDayTotal, FundingDayStatusTotal in
// prisma/schema.prisma; kept by triggers, see migration 20261121224655_funding_day_totals).
// Totals, status counts and the chart read them instead of every record unless the view
// has a search, which only the records can answer.
import { Prisma } from "@/lib/db/client";
import { pgPool } from "@/lib/db/pg-pool";

import type { FundingFilters } from "./funding-filters";
import { VALUE_FILTER_COLUMNS, valueFiltersSql } from "./funding-where";

/**
 * Makes sure the totals are built for this time zone's days. Cheap when they are (one
 * primary-key read); otherwise builds them from every record once (seconds at a million
 * records), e.g. on first use after the upgrade or after APP_TIMEZONE changed.
 */
export async function ensureFundingDayTotals(timeZone: string): Promise<void> {
  const { rows } = await pgPool().query<{ timeZone: string }>(
    `SELECT "timeZone" FROM "FundingTotalsState" WHERE id = 1`,
  );
  if (rows[0]?.timeZone === timeZone) return;
  const started = performance.now();
  const { rows: built } = await pgPool().query<{ rebuilt: boolean }>(
    `SELECT funding_day_totals_rebuild($1) AS rebuilt`,
    [timeZone],
  );
  if (built[0]?.rebuilt)
    console.info(`[funding] built the day totals for ${timeZone} in ${Math.round(performance.now() - started)} ms`);
}

/**
 * The conditions of `filters` on the day totals (alias t), or null when the view needs
 * the records themselves: a search or a review state (finance's, not in the totals); a lender/product/type filter by funding date (the
 * detailed totals are kept by transaction date only); or an empty lender/product/type
 * value (the totals store a missing one as "", which the records' filter would not match).
 */
export function dayTotalsWhereSql(filters: FundingFilters): { table: Prisma.Sql; where: Prisma.Sql } | null {
  const dimensions = Object.keys(VALUE_FILTER_COLUMNS).map(
    (filter) => filters[filter as keyof typeof VALUE_FILTER_COLUMNS],
  );
  if (filters.q || filters.review || dimensions.some((values) => values.includes(""))) return null;
  const detailed = dimensions.some((values) => values.length > 0);
  if (detailed && filters.dateField !== "transactionDate") return null;
  const and = [Prisma.sql`t."dateField" = ${filters.dateField}`, Prisma.sql`t.count <> 0`];
  if (filters.from) and.push(Prisma.sql`t.day >= ${filters.from}::date`);
  if (filters.to) and.push(Prisma.sql`t.day <= ${filters.to}::date`);
  and.push(...valueFiltersSql(filters, "t"));
  if (filters.match) and.push(Prisma.sql`t.matched = ${Prisma.raw(filters.match === "matched" ? "TRUE" : "FALSE")}`);
  const table = Prisma.raw(detailed ? `"FundingDayTotal"` : `"FundingDayStatusTotal"`);
  return { table, where: Prisma.join(and, " AND ") };
}
