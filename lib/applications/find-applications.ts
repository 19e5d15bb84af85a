// The applications list across both providers: one page under the filters, keyset
// paginated by (lastEventAt desc, id desc) or (createdAt desc, id desc), and how many
// applications each status would give under the same filters (the status chips), exactly
// up to STATUS_COUNT_LIMIT.
// Only the list's columns are read.
import "server-only";

import { APPLICATION_STATUS_ORDER } from "@/lib/applications/application-labels";
import { db, type Prisma } from "@/lib/db/client";
import type { ApplicationStatus } from "@/lib/db/generated/enums";
import { fetchPage, keysetFindArgs, type Page } from "@/lib/pagination/keyset";
import { listDistinctValues } from "@/lib/pagination/list-distinct-values";
import type { ListPageInput } from "@/lib/pagination/list-page-input";

import { applicationWhere } from "./application-where";
import { APPLICATION_PAGE_SIZE, type ApplicationFilters, type ApplicationSort } from "./find-applications-schema";

/** What the list shows of an application (the detail page reads these and more). */
export const applicationListColumns = {
  id: true,
  provider: true,
  externalId: true,
  merchantTransactionId: true,
  merchantOrderId: true,
  status: true,
  lenderId: true,
  lenderName: true,
  requestedAmount: true,
  approvedAmount: true,
  currency: true,
  customerFirstName: true,
  customerLastName: true,
  customerEmail: true,
  createdAt: true,
  lastEventAt: true,
} as const satisfies Prisma.ApplicationSelect;

export type ApplicationListRow = Prisma.ApplicationGetPayload<{ select: typeof applicationListColumns }>;

export type FindApplicationsInput = ListPageInput<ApplicationFilters>;

/** One page of applications, newest first by the chosen sort (default: last event). */
export async function findApplications(input: FindApplicationsInput): Promise<Page<ApplicationListRow>> {
  const { filters, timeZone, pageSize = APPLICATION_PAGE_SIZE } = input;
  const where = await applicationWhere(filters, { timeZone });
  const sort: ApplicationSort = filters.sort ?? "lastEventAt";
  return fetchPage<ApplicationListRow>({
    cursor: input.cursor ?? null,
    pageSize,
    key: (row) => ({ at: row[sort], id: row.id }),
    fetch: (cursor, take) =>
      db().application.findMany({ ...keysetFindArgs(cursor, where, sort, "id"), take, select: applicationListColumns }),
  });
}

/** Per status, how many applications, or the limit + 1 for "more than the limit". */
export type StatusCounts = Record<ApplicationStatus, number>;

/**
 * A status counts exactly up to this many applications, then says "more": an exact count
 * of millions would read millions of index entries on every view of the list, where
 * counting to the limit reads at most that many per status.
 */
export const STATUS_COUNT_LIMIT = 10_000;

/**
 * A search (q) counts up to this many applications in all, in one pass: a name most
 * customers share would otherwise cost a trigram scan of each status.
 */
export const SEARCH_COUNT_LIMIT = 2_000;

/**
 * How many applications each status has under the filters, leaving the status filter
 * itself out: each chip says what choosing that status would give. null: a search that
 * matches more than SEARCH_COUNT_LIMIT, not counted per status.
 */
export async function countApplicationsByStatus(input: {
  filters: ApplicationFilters;
  timeZone: string;
  limit?: number;
  searchLimit?: number;
}): Promise<StatusCounts | null> {
  const where = await applicationWhere(input.filters, { timeZone: input.timeZone, withStatus: false });
  const counts = input.filters.q
    ? await countSearchByStatus(where, input.searchLimit ?? SEARCH_COUNT_LIMIT)
    : await countEachStatus(where, input.limit ?? STATUS_COUNT_LIMIT);
  return (
    counts && (Object.fromEntries(APPLICATION_STATUS_ORDER.map((status, i) => [status, counts[i]!])) as StatusCounts)
  );
}

/** One capped count per status (the status leads an index, so each reads at most limit + 1 entries). */
function countEachStatus(where: Prisma.ApplicationWhereInput[], limit: number): Promise<number[]> {
  // Ordering by the status the query fixes costs nothing; without an order Prisma sorts by id.
  return Promise.all(
    APPLICATION_STATUS_ORDER.map((status) =>
      db().application.count({ where: { AND: [...where, { status }] }, orderBy: { status: "asc" }, take: limit + 1 }),
    ),
  );
}

/** The statuses of the search's first limit + 1 matches, in the list's order: per status, or null past the limit. */
async function countSearchByStatus(where: Prisma.ApplicationWhereInput[], limit: number): Promise<number[] | null> {
  const rows = await db().application.findMany({
    where: { AND: where },
    select: { status: true },
    orderBy: [{ lastEventAt: "desc" }, { id: "desc" }],
    take: limit + 1,
  });
  if (rows.length > limit) return null;
  return APPLICATION_STATUS_ORDER.map((status) => rows.filter((row) => row.status === status).length);
}

/** Lender names to offer in the filter: every distinct lenderName (a handful; served by its index). */
export function listLenderNames(): Promise<string[]> {
  return listDistinctValues({ table: "Application", column: "lenderName", limit: 500 });
}
