// The order list: promoted orders and pending carts (not yet promoted) in one list,
// newest first, paginated by (createdAt desc, id desc). Each table is read on its own
// (createdAt desc, id desc) index, bounded by the cursor and the page size, and the two
// short lists are merged: UNION ALL, then a final ORDER BY / LIMIT.
import "server-only";

import { db, Prisma } from "@/lib/db/client";
import type { ApplicationStatus, FinancingRequestState, OrderStatus, Provider } from "@/lib/db/generated/enums";
import { fetchPage, type Cursor, type Page } from "@/lib/pagination/keyset";
import { keysetSql } from "@/lib/pagination/keyset-sql";
import type { ListPageInput } from "@/lib/pagination/list-page-input";
import { dayRangeToInstants } from "@/lib/search-params/day-range";
import { isUuid } from "@/lib/search-params/is-uuid";

import { ORDER_PAGE_SIZE, type OrderFilters } from "./find-orders-schema";

export type OrderListRow = {
  kind: "order" | "cart";
  /** The order's id, or the pending cart's. */
  id: string;
  provider: Provider;
  createdAt: Date;
  /** Null for a pending cart. */
  status: OrderStatus | null;
  cancelledAt: Date | null;
  /** For a pending cart: the total its order will have (items, shipping and tax). */
  amount: Prisma.Decimal;
  refundedAmount: Prisma.Decimal;
  currency: string;
  customerFirstName: string | null;
  customerLastName: string | null;
  customerEmail: string | null;
  merchantTransactionId: string | null;
  requestToken: string | null;
  /** What staff should look at (over-refund, approved-amount-differs, …); empty for a pending cart. */
  flags: string[];
  /** Why an ON_HOLD order waits for staff. */
  holdReason: string | null;
  /** The application behind it, when one is known. */
  application: { id: string; externalId: string; status: ApplicationStatus } | null;
  /** A pending cart's financing request state as stored (lib/financing-requests/request-state.ts); null for an order. */
  requestState: FinancingRequestState | null;
};

type RawRow = Omit<OrderListRow, "application"> & {
  applicationId: string | null;
  applicationExternalId: string | null;
  financingStatus: ApplicationStatus | null;
};

export type FindOrdersInput = ListPageInput<OrderFilters>;

export async function findOrders(input: FindOrdersInput): Promise<Page<OrderListRow>> {
  const { filters, timeZone, pageSize = ORDER_PAGE_SIZE } = input;
  return fetchPage<OrderListRow>({
    cursor: input.cursor ?? null,
    pageSize,
    key: (row) => ({ at: row.createdAt, id: row.id }),
    fetch: async (cursor, take) => {
      const sql = ordersQuery(filters, { timeZone, cursor, take });
      if (!sql) return [];
      const rows = await db().$queryRaw<RawRow[]>(sql);
      return rows.map(toRow);
    },
  });
}

function toRow({ applicationId, applicationExternalId, financingStatus, ...row }: RawRow): OrderListRow {
  return {
    ...row,
    application:
      applicationId && applicationExternalId && financingStatus
        ? { id: applicationId, externalId: applicationExternalId, status: financingStatus }
        : null,
  };
}

/** The query for one page, or null when the filters leave nothing to read (carts have no order status). */
export function ordersQuery(
  filters: OrderFilters,
  options: { timeZone: string; cursor: Cursor | null; take: number },
): Prisma.Sql | null {
  const { cursor, take } = options;
  const includeOrders = filters.kind !== "carts";
  const includeCarts = filters.kind !== "orders" && filters.status.length === 0;
  if (!includeOrders && !includeCarts) return null;
  const page = (alias: string) =>
    keysetSql(cursor, { at: Prisma.raw(`${alias}."createdAt"`), id: Prisma.raw(`${alias}.id`), idType: "uuid" });
  const sides: Prisma.Sql[] = [];

  if (includeOrders) {
    const where = [...page("o").where, ...commonWhere(filters, options), ...orderFinancingWhere(filters)];
    if (filters.status.length)
      where.push(Prisma.sql`o.status IN (${Prisma.join(filters.status.map((s) => Prisma.sql`${s}::"OrderStatus"`))})`);
    sides.push(Prisma.sql`(
      SELECT 'order' AS kind, o.id, o.provider::text AS provider, o."createdAt", o.status::text AS status, o."cancelledAt",
             o.amount, o."refundedAmount", o.currency, o."customerFirstName", o."customerLastName", o."customerEmail",
             o."merchantTransactionId", o."requestToken", o.flags, o."holdReason",
             a.id AS "applicationId", a."externalId" AS "applicationExternalId", a.status::text AS "financingStatus",
             NULL::text AS "requestState"
      FROM "Order" o
      LEFT JOIN "Application" a ON a.id = o."applicationId"
      ${whereClause(where)}
      ORDER BY ${page("o").orderBy}
      LIMIT ${take})`);
  }

  if (includeCarts) {
    const where = [
      Prisma.sql`o."promotedAt" IS NULL`,
      ...page("o").where,
      ...commonWhere(filters, options),
      ...cartFinancingWhere(filters),
    ];
    // The application is known once promoted (applicationId), or by the request token
    // once WeGetFinancing sent a postback for it (the application's external id).
    sides.push(Prisma.sql`(
      SELECT 'cart' AS kind, o.id, o.provider::text AS provider, o."createdAt", NULL::text AS status, NULL::timestamptz AS "cancelledAt",
             (o.amount + o."shippingAmount" + o."taxAmount")::numeric(14, 2) AS amount, 0::numeric(14, 2) AS "refundedAmount", o.currency,
             o."customerFirstName", o."customerLastName", o."customerEmail",
             o."merchantTransactionId", o."requestToken", ARRAY[]::text[] AS flags, NULL::text AS "holdReason",
             a.id AS "applicationId", a."externalId" AS "applicationExternalId", a.status::text AS "financingStatus",
             o.state::text AS "requestState"
      FROM "PendingCart" o
      LEFT JOIN "Application" a ON a.id = COALESCE(o."applicationId",
        (SELECT x.id FROM "Application" x WHERE x.provider = o.provider AND x."externalId" = o."requestToken"))
      ${whereClause(where)}
      ORDER BY ${page("o").orderBy}
      LIMIT ${take})`);
  }

  return Prisma.sql`
    SELECT u.kind, u.id::text AS id, u.provider, u."createdAt", u.status, u."cancelledAt", u.amount, u."refundedAmount", u.currency,
           u."customerFirstName", u."customerLastName", u."customerEmail", u."merchantTransactionId", u."requestToken", u.flags, u."holdReason",
           u."applicationId"::text AS "applicationId", u."applicationExternalId", u."financingStatus", u."requestState"
    FROM (${Prisma.join(sides, " UNION ALL ")}) u
    ORDER BY ${page("u").orderBy}
    LIMIT ${take}`;
}

/** Conditions both tables share (same column names, alias o): the date range, the search. */
function commonWhere(filters: OrderFilters, options: { timeZone: string }): Prisma.Sql[] {
  const t = Prisma.raw("o");
  const where: Prisma.Sql[] = [];
  const range = dayRangeToInstants({ from: filters.from, to: filters.to }, options.timeZone);
  if (range.gte) where.push(Prisma.sql`${t}."createdAt" >= ${range.gte.toISOString()}::timestamptz`);
  if (range.lt) where.push(Prisma.sql`${t}."createdAt" < ${range.lt.toISOString()}::timestamptz`);
  if (filters.q) {
    const q = filters.q;
    // Whole values, exactly: each has its own index. An email also matches in lower case.
    const or = [
      Prisma.sql`${t}."merchantTransactionId" = ${q}`,
      Prisma.sql`${t}."requestToken" = ${q}`,
      Prisma.sql`${t}."customerEmail" IN (${q}, ${q.toLowerCase()})`,
    ];
    if (isUuid(q)) or.push(Prisma.sql`${t}.id = ${q.toLowerCase()}::uuid`);
    where.push(Prisma.sql`(${Prisma.join(or, " OR ")})`);
  }
  return where;
}

/** An order's financing status: the copy ingest keeps on the order, read by its own index. */
function orderFinancingWhere(filters: OrderFilters): Prisma.Sql[] {
  if (!filters.financing.length) return [];
  const statuses = applicationStatuses(filters);
  const or: Prisma.Sql[] = [];
  if (statuses) or.push(Prisma.sql`o."financingStatus" IN (${statuses})`);
  if (filters.financing.includes("NONE")) or.push(Prisma.sql`o."applicationId" IS NULL`);
  return [Prisma.sql`(${Prisma.join(or, " OR ")})`];
}

/** A pending cart's financing status: of the application found by id or request token (joined as `a`). */
function cartFinancingWhere(filters: OrderFilters): Prisma.Sql[] {
  if (!filters.financing.length) return [];
  const statuses = applicationStatuses(filters);
  const or: Prisma.Sql[] = [];
  if (statuses) or.push(Prisma.sql`a.status IN (${statuses})`);
  if (filters.financing.includes("NONE")) or.push(Prisma.sql`a.id IS NULL`);
  return [Prisma.sql`(${Prisma.join(or, " OR ")})`];
}

function applicationStatuses(filters: OrderFilters): Prisma.Sql | null {
  const statuses = filters.financing.filter((s): s is ApplicationStatus => s !== "NONE");
  return statuses.length ? Prisma.join(statuses.map((s) => Prisma.sql`${s}::"ApplicationStatus"`)) : null;
}

function whereClause(conditions: Prisma.Sql[]): Prisma.Sql {
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}
