// The audit log: one page of entries under the filters, newest first, paginated by
// (at desc, id desc). Each filter has its index: (actorEmail, at, id), (action, at, id),
// (targetType, targetId) and (at, id) for the days.
import "server-only";

import { db, type Prisma } from "@/lib/db/client";
import { fetchPage, keysetFindArgs, type Page } from "@/lib/pagination/keyset";
import type { ListPageInput } from "@/lib/pagination/list-page-input";
import { dayRangeToInstants } from "@/lib/search-params/day-range";

import { AUDIT_LOG_PAGE_SIZE, type AuditLogFilters } from "./find-audit-log-schema";

const entryColumns = {
  id: true,
  at: true,
  actorEmail: true,
  action: true,
  targetType: true,
  targetId: true,
  details: true,
} as const satisfies Prisma.AuditLogSelect;

export type AuditLogRow = Prisma.AuditLogGetPayload<{ select: typeof entryColumns }>;

export function auditLogWhere(filters: AuditLogFilters, timeZone: string): Prisma.AuditLogWhereInput[] {
  const and: Prisma.AuditLogWhereInput[] = [];
  if (filters.actor.length) and.push({ actorEmail: { in: filters.actor } });
  if (filters.action.length) and.push({ action: { in: filters.action } });
  if (filters.targetType.length) and.push({ targetType: { in: filters.targetType } });
  if (filters.target) and.push({ targetId: filters.target });
  const range = dayRangeToInstants({ from: filters.from, to: filters.to }, timeZone);
  if (range.gte || range.lt) and.push({ at: range });
  return and;
}

export function findAuditLog(input: ListPageInput<AuditLogFilters>): Promise<Page<AuditLogRow>> {
  const { filters, timeZone, pageSize = AUDIT_LOG_PAGE_SIZE } = input;
  const where = auditLogWhere(filters, timeZone);
  return fetchPage<AuditLogRow>({
    cursor: input.cursor ?? null,
    pageSize,
    key: (row) => ({ at: row.at, id: row.id }),
    fetch: (cursor, take) =>
      db().auditLog.findMany({ ...keysetFindArgs(cursor, where, "at", "id"), take, select: entryColumns }),
  });
}
