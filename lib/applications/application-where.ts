// The applications list's filters as a Prisma `where`, shared by the list and the
// counts per status so they always agree. Every condition has an index behind it
// (prisma/schema.prisma, model Application):
// - provider, status: (provider|status, lastEventAt desc, id desc)
// - lender: lenderName; dates: (lastEventAt desc, id desc)
// - amount: approvedAmount, requestedAmount (a BitmapOr of the two)
// - q, exact ids: externalId, merchantTransactionId, merchantOrderId, id
// - q, a whole email: lower(customerEmail), looked up first (Prisma cannot say lower())
// - q, names and parts of emails: a trigram GIN index on first name, last name and email
//   (pg_trgm), which serves case-insensitive substring matches (ILIKE '%…%').
import "server-only";

import { db, type Prisma } from "@/lib/db/client";
import { dayRangeToInstants } from "@/lib/search-params/day-range";
import { isUuid } from "@/lib/search-params/is-uuid";
import { escapeLike, isWholeEmail, MIN_NAME_SEARCH_LENGTH } from "@/lib/search-params/name-search";

import type { ApplicationFilters } from "./find-applications-schema";

/** The most applications one email address finds (a customer has a handful). */
const EMAIL_MATCH_LIMIT = 1000;

export async function applicationWhere(
  filters: ApplicationFilters,
  options: { timeZone: string; withStatus?: boolean },
): Promise<Prisma.ApplicationWhereInput[]> {
  const and: Prisma.ApplicationWhereInput[] = [];
  if (filters.provider.length) and.push({ provider: { in: filters.provider } });
  if (options.withStatus !== false && filters.status.length) and.push({ status: { in: filters.status } });
  if (filters.lender.length) and.push({ lenderName: { in: filters.lender } });
  const days = dayRangeToInstants({ from: filters.from, to: filters.to }, options.timeZone);
  if (days.gte || days.lt) and.push({ lastEventAt: days });
  if (filters.min || filters.max) {
    const range = { ...(filters.min ? { gte: filters.min } : {}), ...(filters.max ? { lte: filters.max } : {}) };
    // The approved amount when there is one, else the requested amount.
    and.push({ OR: [{ approvedAmount: range }, { approvedAmount: null, requestedAmount: range }] });
  }
  if (filters.q) and.push(await searchWhere(filters.q));
  return and;
}

/**
 * Exact ids (external id, merchant transaction id, merchant order id, our id); a whole
 * email address, ignoring case; or every word of three or more characters found in the
 * customer's first name, last name or email, case-insensitively ("ada lovelace",
 * "lovelace@", "example.com").
 */
export async function searchWhere(q: string): Promise<Prisma.ApplicationWhereInput> {
  const or: Prisma.ApplicationWhereInput[] = [{ externalId: q }, { merchantTransactionId: q }, { merchantOrderId: q }];
  if (isUuid(q)) or.push({ id: q.toLowerCase() });
  const words = q.split(/\s+/).filter((word) => word.length >= MIN_NAME_SEARCH_LENGTH);
  if (isWholeEmail(q)) {
    const rows = await db().$queryRaw<{ id: string }[]>`
      SELECT id FROM "Application" WHERE lower("customerEmail") = lower(${q}) LIMIT ${EMAIL_MATCH_LIMIT}`;
    if (rows.length) or.push({ id: { in: rows.map((row) => row.id) } });
  } else if (words.length) {
    or.push({
      AND: words.map((word) => {
        const contains = { contains: escapeLike(word), mode: "insensitive" as const };
        return { OR: [{ customerFirstName: contains }, { customerLastName: contains }, { customerEmail: contains }] };
      }),
    });
  }
  return { OR: or };
}
