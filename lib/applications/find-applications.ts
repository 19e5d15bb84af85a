// The applications list across both providers: one page under the filters, keyset
// paginated by (lastEventAt desc, id desc) or (createdAt desc, id desc), and how many
// applications each status would give under the same filters (the status chips).
// Only the list's columns are read.
import "server-only";

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
  const where = applicationWhere(filters, { timeZone });
  const sort: ApplicationSort = filters.sort ?? "lastEventAt";
  return fetchPage<ApplicationListRow>({
    cursor: input.cursor ?? null,
    pageSize,
    key: (row) => ({ at: row[sort], id: row.id }),
    fetch: (cursor, take) =>
      db().application.findMany({ ...keysetFindArgs(cursor, where, sort, "id"), take, select: applicationListColumns }),
  });
}

export type StatusCounts = Record<ApplicationStatus, number>;

const NO_COUNTS: StatusCounts = {
  CREATED: 0,
  PREQUALIFIED: 0,
  PENDING: 0,
  DECLINED: 0,
  APPROVED: 0,
  CONFIRMED: 0,
  CANCELLED: 0,
};

/**
 * How many applications each status has under the filters, leaving the status filter
 * itself out: each chip says what choosing that status would give.
 */
export async function countApplicationsByStatus(input: {
  filters: ApplicationFilters;
  timeZone: string;
}): Promise<StatusCounts> {
  const where = applicationWhere(input.filters, { timeZone: input.timeZone, withStatus: false });
  const groups = await db().application.groupBy({
    by: ["status"],
    where: where.length ? { AND: where } : {},
    _count: { _all: true },
  });
  const counts = { ...NO_COUNTS };
  for (const group of groups) counts[group.status] = group._count._all;
  return counts;
}

/** Lender names to offer in the filter: every distinct lenderName (a handful; served by its index). */
export function listLenderNames(): Promise<string[]> {
  return listDistinctValues({ table: "Application", column: "lenderName", limit: 500 });
}
