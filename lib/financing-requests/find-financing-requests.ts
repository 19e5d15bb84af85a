// The financing request list: one page of requests (pending carts, promoted or not) under the
// filters, newest first, paginated by (createdAt desc, id desc). Every condition has an index
// (prisma/schema.prisma, model PendingCart): the state (state, createdAt desc, id desc), the
// dates (createdAt desc, id desc), exact ids (merchantTransactionId, requestToken, id), and
// words in names and emails (a pg_trgm GIN index).
import "server-only";

import { db, type Prisma } from "@/lib/db/client";
import type { FinancingRequestState } from "@/lib/db/generated/enums";
import { fetchPage, keysetFindArgs, type Page } from "@/lib/pagination/keyset";
import type { ListPageInput } from "@/lib/pagination/list-page-input";
import { dayRangeToInstants } from "@/lib/search-params/day-range";
import { isUuid } from "@/lib/search-params/is-uuid";
import { escapeLike, MIN_NAME_SEARCH_LENGTH } from "@/lib/search-params/name-search";

import { FINANCING_REQUEST_PAGE_SIZE, type FinancingRequestFilters } from "./find-financing-requests-schema";
import { requestFactsSelect, requestSummaryColumns } from "./request-facts";
import { expiryCutoff, requestState, type RequestState } from "./request-state";

const listColumns = {
  ...requestFactsSelect,
  ...requestSummaryColumns,
  provider: true,
  createdByEmail: true,
  financingUrl: true,
  linkCopiedAt: true,
  application: { select: { id: true, status: true } },
  order: { select: { id: true, status: true, amount: true, refundedAmount: true } },
} as const satisfies Prisma.PendingCartSelect;

type CartRow = Prisma.PendingCartGetPayload<{ select: typeof listColumns }>;

/** A row of the list: the cart, its total (items, shipping and tax) and its state in one word. */
export type FinancingRequestRow = CartRow & { total: Prisma.Decimal; state: RequestState };

export type FindFinancingRequestsInput = ListPageInput<FinancingRequestFilters> & { now?: Date };

export async function findFinancingRequests(input: FindFinancingRequestsInput): Promise<Page<FinancingRequestRow>> {
  const { filters, timeZone, now = new Date(), pageSize = FINANCING_REQUEST_PAGE_SIZE } = input;
  const where = financingRequestWhere(filters, { timeZone, now });
  const page = await fetchPage<CartRow>({
    cursor: input.cursor ?? null,
    pageSize,
    key: (row) => ({ at: row.createdAt, id: row.id }),
    fetch: (cursor, take) =>
      db().pendingCart.findMany({ ...keysetFindArgs(cursor, where, "createdAt", "id"), take, select: listColumns }),
  });
  return {
    ...page,
    rows: page.rows.map((row) => ({
      ...row,
      total: row.amount.plus(row.shippingAmount).plus(row.taxAmount),
      state: requestState(row, now),
    })),
  };
}

export function financingRequestWhere(
  filters: FinancingRequestFilters,
  options: { timeZone: string; now: Date },
): Prisma.PendingCartWhereInput[] {
  const and: Prisma.PendingCartWhereInput[] = [];
  if (filters.status.length) and.push(stateWhere(filters.status, expiryCutoff(options.now)));
  const range = dayRangeToInstants({ from: filters.from, to: filters.to }, options.timeZone);
  if (range.gte || range.lt) and.push({ createdAt: range });
  if (filters.q) and.push(searchWhere(filters.q));
  return and;
}

/** The stored state, except that WAITING splits at the expiry cutoff into waiting and expired. */
function stateWhere(states: RequestState[], cutoff: Date): Prisma.PendingCartWhereInput {
  const stored = states.filter(
    (s): s is Exclude<FinancingRequestState, "WAITING"> => s !== "WAITING" && s !== "EXPIRED",
  );
  const or: Prisma.PendingCartWhereInput[] = [];
  if (stored.length) or.push({ state: { in: stored } });
  const waiting = states.includes("WAITING");
  const expired = states.includes("EXPIRED");
  if (waiting && expired) or.push({ state: "WAITING" });
  else if (waiting) or.push({ state: "WAITING", createdAt: { gte: cutoff } });
  else if (expired) or.push({ state: "WAITING", createdAt: { lt: cutoff } });
  return { OR: or };
}

/**
 * Exact ids (merchant transaction id, request token, our id), or every word of three or more
 * characters found in the customer's first name, last name or email, case-insensitively.
 */
function searchWhere(q: string): Prisma.PendingCartWhereInput {
  const or: Prisma.PendingCartWhereInput[] = [{ merchantTransactionId: q }, { requestToken: q }];
  if (isUuid(q)) or.push({ id: q.toLowerCase() });
  const words = q.split(/\s+/).filter((word) => word.length >= MIN_NAME_SEARCH_LENGTH);
  if (words.length) or.push({ AND: words.map(inNameOrEmail) });
  return { OR: or };
}

const CUSTOMER_FIELDS = ["customerFirstName", "customerLastName", "customerEmail"] as const;

function inNameOrEmail(word: string): Prisma.PendingCartWhereInput {
  const contains = { contains: escapeLike(word), mode: "insensitive" as const };
  return { OR: CUSTOMER_FIELDS.map((field) => ({ [field]: contains })) };
}
