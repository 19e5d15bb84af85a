// The dispute list: one page of disputes under the filters, most recently opened
// first, paginated by (openedAt desc, id desc). Only the list's columns.
import "server-only";

import { db, type Prisma } from "@/lib/db/client";
import { Provider } from "@/lib/db/generated/enums";
import { fetchPage, keysetFindArgs, type Page } from "@/lib/pagination/keyset";
import { listDistinctValues } from "@/lib/pagination/list-distinct-values";
import type { ListPageInput } from "@/lib/pagination/list-page-input";
import { dayRangeToInstants, endOfDayExclusiveIn } from "@/lib/search-params/day-range";
import { isUuid } from "@/lib/search-params/is-uuid";

import { dayInZone, DUE_SOON_DAYS } from "./deadline-age";
import { DISPUTE_PAGE_SIZE, type DisputeDeadlineFilter, type DisputeFilters } from "./find-disputes-schema";

const DAY_MS = 86_400_000;
const ALL_PROVIDERS = Object.values(Provider);

/** What the list shows of a dispute (the detail page reads these and more). */
export const disputeListColumns = {
  id: true,
  provider: true,
  externalId: true,
  lenderDisputeId: true,
  lenderId: true,
  status: true,
  openedAt: true,
  resolvedAt: true,
  amount: true,
  reason: true,
  responseDueAt: true,
  outcome: true,
  application: { select: { id: true, externalId: true, customerFirstName: true, customerLastName: true } },
} as const satisfies Prisma.DisputeSelect;

type DisputeRow = Prisma.DisputeGetPayload<{ select: typeof disputeListColumns }>;

/** A row of the list: the dispute, and the lender's name when an application event named it. */
export type DisputeListRow = DisputeRow & { lenderName: string | null };

export type FindDisputesInput = ListPageInput<DisputeFilters> & { now?: Date };

export async function findDisputes(input: FindDisputesInput): Promise<Page<DisputeListRow>> {
  const { filters, timeZone, now = new Date(), pageSize = DISPUTE_PAGE_SIZE } = input;
  const where = await disputeWhere(filters, { timeZone, now });
  const page = await fetchPage<DisputeRow>({
    cursor: input.cursor ?? null,
    pageSize,
    key: (row) => ({ at: row.openedAt, id: row.id }),
    fetch: (cursor, take) =>
      db().dispute.findMany({ ...keysetFindArgs(cursor, where, "openedAt", "id"), take, select: disputeListColumns }),
  });
  const names = await lenderNames(page.rows);
  return { ...page, rows: page.rows.map((row) => ({ ...row, lenderName: names.get(lenderKey(row)) ?? null })) };
}

/** The filters as a Prisma `where` (the search looks up matching applications first). */
export async function disputeWhere(
  filters: DisputeFilters,
  options: { timeZone: string; now: Date },
): Promise<Prisma.DisputeWhereInput[]> {
  const and: Prisma.DisputeWhereInput[] = [];
  if (filters.status.length) and.push({ status: { in: filters.status } });
  if (filters.lender.length) and.push({ lenderId: { in: filters.lender } });
  if (filters.deadline) and.push(deadlineWhere(filters.deadline, options));
  if (filters.age) and.push({ openedAt: { lt: new Date(options.now.getTime() - Number(filters.age) * DAY_MS) } });
  const range = dayRangeToInstants({ from: filters.from, to: filters.to }, options.timeZone);
  if (range.gte || range.lt) and.push({ openedAt: range });
  if (filters.q) and.push(await searchWhere(filters.q));
  return and;
}

/** Open disputes (not resolved, no outcome) by their deadline, in calendar days as deadlineAge counts them. */
function deadlineWhere(
  deadline: DisputeDeadlineFilter,
  options: { timeZone: string; now: Date },
): Prisma.DisputeWhereInput {
  const open: Prisma.DisputeWhereInput = { status: { not: "RESOLVED" }, outcome: null };
  if (deadline === "none") return { ...open, responseDueAt: null };
  if (deadline === "overdue") return { ...open, responseDueAt: { lt: options.now } };
  const today = dayInZone(options.now, options.timeZone);
  const end = endOfDayExclusiveIn(addDays(today, DUE_SOON_DAYS - 1), options.timeZone);
  return { ...open, responseDueAt: { gte: options.now, lt: end } };
}

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** A whole id, exactly: our dispute id, ChargeAfter's disputeId, the lender's dispute id, or the application's external id. */
async function searchWhere(q: string): Promise<Prisma.DisputeWhereInput> {
  // provider IN (all) lets PostgreSQL use the (provider, externalId) unique indexes.
  const applications = await db().application.findMany({
    where: { provider: { in: ALL_PROVIDERS }, externalId: q },
    select: { id: true },
    take: 20,
  });
  const or: Prisma.DisputeWhereInput[] = [{ provider: { in: ALL_PROVIDERS }, externalId: q }, { lenderDisputeId: q }];
  if (isUuid(q)) or.push({ id: q.toLowerCase() });
  if (applications.length) or.push({ applicationId: { in: applications.map((a) => a.id) } });
  return { OR: or };
}

const lenderKey = (row: { application: { id: string } | null; lenderId: string | null }) =>
  `${row.application?.id}/${row.lenderId}`;

/** The lenders' names from the applications' lender outcomes (a dispute carries only the id). */
async function lenderNames(rows: DisputeRow[]): Promise<Map<string, string>> {
  const pairs = rows.flatMap((row) =>
    row.application && row.lenderId ? [{ applicationId: row.application.id, lenderId: row.lenderId }] : [],
  );
  if (!pairs.length) return new Map();
  const outcomes = await db().lenderOutcome.findMany({
    where: { OR: pairs },
    select: { applicationId: true, lenderId: true, lenderName: true },
  });
  return new Map(
    outcomes.flatMap((o) => (o.lenderName ? [[`${o.applicationId}/${o.lenderId}`, o.lenderName] as const] : [])),
  );
}

/** The lender ids disputes name, for the lender filter (a skip scan over the lenderId index). */
export function listDisputeLenders(limit = 200): Promise<string[]> {
  return listDistinctValues({ table: "Dispute", column: "lenderId", limit });
}
