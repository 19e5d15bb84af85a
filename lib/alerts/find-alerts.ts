// The Issues page: every open alert (newest activity first), and one keyset page of the
// resolved ones, most recently resolved first.
import "server-only";

import { db, type Prisma } from "@/lib/db/client";
import { fetchPage, keysetFindArgs, type Cursor, type Page } from "@/lib/pagination/keyset";

import { RESOLVED_ALERTS_PAGE_SIZE, type AlertFilters } from "./alert-filters";

const columns = {
  id: true,
  kind: true,
  title: true,
  detail: true,
  count: true,
  link: true,
  firstSeenAt: true,
  lastSeenAt: true,
  acknowledgedAt: true,
  acknowledgedByEmail: true,
  resolvedAt: true,
  lastNotifiedAt: true,
} as const satisfies Prisma.AlertSelect;

export type AlertRow = Prisma.AlertGetPayload<{ select: typeof columns }>;

const kindWhere = (filters: AlertFilters): Prisma.AlertWhereInput =>
  filters.kind.length ? { kind: { in: filters.kind } } : {};

export function findOpenAlerts(filters: AlertFilters): Promise<AlertRow[]> {
  return db().alert.findMany({
    where: { ...kindWhere(filters), resolvedAt: null },
    orderBy: [{ lastSeenAt: "desc" }, { id: "desc" }],
    select: columns,
  });
}

export function findResolvedAlerts(input: {
  filters: AlertFilters;
  cursor?: Cursor | null;
  pageSize?: number;
}): Promise<Page<AlertRow>> {
  const where: Prisma.AlertWhereInput[] = [kindWhere(input.filters), { resolvedAt: { not: null } }];
  return fetchPage<AlertRow>({
    cursor: input.cursor ?? null,
    pageSize: input.pageSize ?? RESOLVED_ALERTS_PAGE_SIZE,
    key: (row) => ({ at: row.resolvedAt!, id: row.id }),
    fetch: (cursor, take) =>
      db().alert.findMany({ ...keysetFindArgs(cursor, where, "resolvedAt", "id"), take, select: columns }),
  });
}
