// Deposits: the funded records summed per funded day (fundedAt's day in APP_TIMEZONE) and
// lender — what each lender's bank transfer for that day must come to — with finance's
// check of each. Read from FundingDepositTotal (a row per day × lender, kept by the day
// totals' triggers), so a page costs the same at millions of records. Keyset-paged by
// (day desc, lender asc). Amounts are exact strings ("1299.99").
import "server-only";

import { Prisma } from "@/lib/db/client";
import { pgPool } from "@/lib/db/pg-pool";
import type { Cursor } from "@/lib/pagination/cursor";
import { fetchPage, type Page } from "@/lib/pagination/keyset";

import { DEPOSIT_PAGE_SIZE, type DepositFilters, type DepositState } from "./deposit-filters";
import { ensureFundingDayTotals } from "./funding-day-totals";

export { readDepositFilters, type DepositFilters } from "./deposit-filters";

export type DepositRow = {
  /** The funded day, YYYY-MM-DD in the time zone. */
  day: string;
  /** "" when the records name no lender. */
  lenderName: string;
  count: number;
  /** Gross: the records' transaction amounts. */
  transactionAmount: string;
  discountAmount: string;
  /** Net: what the bank statement line must show. */
  netAmount: string;
  state: DepositState;
  bankReference: string | null;
  note: string | null;
  reviewedByEmail: string | null;
  reviewedAt: Date | null;
  /** The net when it was matched or flagged. */
  reviewedNetAmount: string | null;
  reviewedCount: number | null;
  /** Matched or flagged, and the records' net or count is not what it was then (a sync changed them). */
  figureChanged: boolean;
};

export type DepositTotals = {
  deposits: number;
  count: number;
  transactionAmount: string;
  discountAmount: string;
  netAmount: string;
};

export type FindDepositsInput = {
  filters: DepositFilters;
  timeZone: string;
  cursor?: Cursor | null;
  pageSize?: number;
};

const amount = (column: string) => Prisma.raw(`(${column}::numeric / 100)::numeric(16, 2)::text`);

const COLUMNS = Prisma.sql`to_char(t.day, 'YYYY-MM-DD') AS day, t."lenderName", t.count,
  ${amount(`t."transactionAmount"`)} AS "transactionAmount", ${amount(`t."discountAmount"`)} AS "discountAmount",
  ${amount(`t."netAmount"`)} AS "netAmount",
  CASE r.state WHEN 'MATCHED' THEN 'matched' WHEN 'FLAGGED' THEN 'flagged' ELSE 'unmatched' END AS state,
  r."bankReference", r.note, r."reviewedByEmail", r."reviewedAt", ${amount(`r."reviewedNet"`)} AS "reviewedNetAmount",
  r."reviewedCount", COALESCE(r."reviewedNet" <> t."netAmount" OR r."reviewedCount" <> t.count, FALSE) AS "figureChanged"`;

const FROM = Prisma.sql`"FundingDepositTotal" t
  LEFT JOIN "DepositReview" r ON r.day = t.day AND r."lenderName" = t."lenderName"`;

const STATE_SQL: Record<DepositState, Prisma.Sql> = {
  unmatched: Prisma.sql`r.state IS NULL`,
  matched: Prisma.sql`r.state = 'MATCHED'`,
  flagged: Prisma.sql`r.state = 'FLAGGED'`,
};

/** The filters as conditions on the deposit totals (t) and their review (r). */
function depositWhereSql(filters: DepositFilters): Prisma.Sql[] {
  const and = [Prisma.sql`t.count <> 0`];
  if (filters.from) and.push(Prisma.sql`t.day >= ${filters.from}::date`);
  if (filters.to) and.push(Prisma.sql`t.day <= ${filters.to}::date`);
  if (filters.lender.length) and.push(Prisma.sql`t."lenderName" = ANY(${filters.lender}::text[])`);
  if (filters.state.length)
    and.push(
      Prisma.sql`(${Prisma.join(
        filters.state.map((s) => STATE_SQL[s]),
        " OR ",
      )})`,
    );
  return and;
}

/** A cursor's id: the lender behind a letter, so that "" (no lender) is a valid id too. */
const cursorId = (lenderName: string) => `L${lenderName}`;
const dayAt = (day: string) => new Date(`${day}T00:00:00.000Z`);

/** Day desc, lender asc; walking back to newer pages the other way round (the pager turns them back). */
function keyset(cursor: Cursor | null): { where: Prisma.Sql[]; orderBy: Prisma.Sql } {
  const newer = cursor?.direction === "newer";
  const orderBy = Prisma.raw(newer ? `t.day ASC, t."lenderName" DESC` : `t.day DESC, t."lenderName" ASC`);
  if (!cursor) return { where: [], orderBy };
  const day = Prisma.sql`${cursor.at.toISOString().slice(0, 10)}::date`;
  const lender = cursor.id.slice(1);
  const [dayOp, lenderOp] = newer ? [Prisma.raw(">"), Prisma.raw("<")] : [Prisma.raw("<"), Prisma.raw(">")];
  return {
    where: [Prisma.sql`(t.day ${dayOp} ${day} OR (t.day = ${day} AND t."lenderName" ${lenderOp} ${lender}))`],
    orderBy,
  };
}

async function fetchDeposits(filters: DepositFilters, cursor: Cursor | null, take: number): Promise<DepositRow[]> {
  const page = keyset(cursor);
  const where = Prisma.join([...depositWhereSql(filters), ...page.where], " AND ");
  const sql = Prisma.sql`SELECT ${COLUMNS} FROM ${FROM} WHERE ${where} ORDER BY ${page.orderBy} LIMIT ${take}`;
  const { rows } = await pgPool().query<DepositRow>(sql.text, sql.values);
  return rows;
}

const keyOf = (row: DepositRow) => ({ at: dayAt(row.day), id: cursorId(row.lenderName) });

/** One page of deposits under the filters, latest funded day first. */
export async function findDeposits(input: FindDepositsInput): Promise<Page<DepositRow>> {
  await ensureFundingDayTotals(input.timeZone);
  return fetchPage<DepositRow>({
    cursor: input.cursor ?? null,
    pageSize: input.pageSize ?? DEPOSIT_PAGE_SIZE,
    key: keyOf,
    fetch: (cursor, take) => fetchDeposits(input.filters, cursor, take),
  });
}

/** Every deposit under the filters, in the page's order, a thousand rows per query (the CSV export). */
export async function* iterateDeposits(input: {
  filters: DepositFilters;
  timeZone: string;
}): AsyncGenerator<DepositRow> {
  await ensureFundingDayTotals(input.timeZone);
  const batch = 1000;
  let cursor: Cursor | null = null;
  for (;;) {
    const rows = await fetchDeposits(input.filters, cursor, batch);
    yield* rows;
    if (rows.length < batch) return;
    cursor = { ...keyOf(rows[rows.length - 1]!), direction: "older" };
  }
}

/** Calls `onRow` for every deposit under the filters, in order, waiting for each. */
export async function forEachDeposit(
  input: { filters: DepositFilters; timeZone: string },
  onRow: (row: DepositRow) => void | Promise<void>,
): Promise<void> {
  for await (const row of iterateDeposits(input)) await onRow(row);
}

/** The totals of every deposit under the filters (not only the page's). */
export async function sumDeposits(input: { filters: DepositFilters; timeZone: string }): Promise<DepositTotals> {
  await ensureFundingDayTotals(input.timeZone);
  const where = Prisma.join(depositWhereSql(input.filters), " AND ");
  const sql = Prisma.sql`SELECT count(*)::int AS deposits, COALESCE(sum(t.count), 0)::int AS count,
      ${amount(`COALESCE(sum(t."transactionAmount"), 0)`)} AS "transactionAmount",
      ${amount(`COALESCE(sum(t."discountAmount"), 0)`)} AS "discountAmount",
      ${amount(`COALESCE(sum(t."netAmount"), 0)`)} AS "netAmount"
    FROM ${FROM} WHERE ${where}`;
  const { rows } = await pgPool().query<DepositTotals>(sql.text, sql.values);
  return rows[0]!;
}
