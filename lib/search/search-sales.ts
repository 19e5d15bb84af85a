// /search for the sale itself: applications, orders and financing requests (pending carts),
// by id, customer name or email, order id or exact amount. Every condition is indexed: ids
// (unique or b-tree), names (trigram GIN), amounts (b-tree), the applications found by customer.
import "server-only";

import { applicationStatusLabels } from "@/lib/applications/application-labels";
import { searchWhere } from "@/lib/applications/application-where";
import { customerColumns, describeCustomer } from "@/lib/customers/describe-customer";
import { db, type Prisma } from "@/lib/db/client";
import { requestStateLabels } from "@/lib/financing-requests/request-state-labels";
import { formatMoney } from "@/lib/format/format-money";
import { orderStatusLabels } from "@/lib/orders/order-labels";
import { isUuid } from "@/lib/search-params/is-uuid";
import { escapeLike, MIN_NAME_SEARCH_LENGTH } from "@/lib/search-params/name-search";

import { cartCustomerColumns, detailOf, take, type SearchInput, type SearchRow } from "./search-types";

/** The applications whose ids, customer name or email match: the hub the other kinds are found through. */
export async function matchingApplicationIds(q: string): Promise<string[]> {
  const rows = await db().application.findMany({ where: await searchWhere(q), select: { id: true }, take: 200 });
  return rows.map((row) => row.id);
}

export async function searchApplications({ q, amount }: SearchInput): Promise<SearchRow[]> {
  const or: Prisma.ApplicationWhereInput[] = [await searchWhere(q)];
  if (amount) or.push({ approvedAmount: amount }, { requestedAmount: amount });
  const rows = await db().application.findMany({
    where: { OR: or },
    select: { id: true, externalId: true, status: true, approvedAmount: true, currency: true, ...customerColumns },
    orderBy: [{ lastEventAt: "desc" }, { id: "desc" }],
    take,
  });
  return rows.map((a) => ({
    id: a.id,
    href: `/applications/${a.id}`,
    title: a.externalId,
    status: applicationStatusLabels[a.status].label,
    detail: detailOf(describeCustomer(a).summary, a.approvedAmount && formatMoney(a.approvedAmount, a.currency)),
  }));
}

export async function searchOrders({ q, amount, applicationIds }: SearchInput): Promise<SearchRow[]> {
  const or: Prisma.OrderWhereInput[] = [
    { merchantTransactionId: q },
    { requestToken: q },
    { customerEmail: { in: [q, q.toLowerCase()] } },
  ];
  if (isUuid(q)) or.push({ id: q.toLowerCase() });
  if (amount) or.push({ amount });
  if (applicationIds.length) or.push({ applicationId: { in: applicationIds } });
  const rows = await db().order.findMany({
    where: { OR: or },
    select: {
      id: true,
      merchantTransactionId: true,
      requestToken: true,
      status: true,
      amount: true,
      currency: true,
      ...cartCustomerColumns,
      application: { select: customerColumns },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
  });
  return rows.map((o) => ({
    id: o.id,
    href: `/orders/${o.id}`,
    title: o.merchantTransactionId ?? o.requestToken,
    status: orderStatusLabels[o.status].label,
    detail: detailOf(describeCustomer(o.application, o).summary, formatMoney(o.amount, o.currency)),
  }));
}

export async function searchFinancingRequests({ q, amount, applicationIds }: SearchInput): Promise<SearchRow[]> {
  const or: Prisma.PendingCartWhereInput[] = [{ merchantTransactionId: q }, { requestToken: q }];
  if (isUuid(q)) or.push({ id: q.toLowerCase() });
  if (amount) or.push({ amount });
  if (applicationIds.length) or.push({ applicationId: { in: applicationIds } });
  const words = q.split(/\s+/).filter((word) => word.length >= MIN_NAME_SEARCH_LENGTH);
  if (words.length)
    or.push({
      AND: words.map((word) => {
        const contains = { contains: escapeLike(word), mode: "insensitive" as const };
        return { OR: [{ customerFirstName: contains }, { customerLastName: contains }, { customerEmail: contains }] };
      }),
    });
  const rows = await db().pendingCart.findMany({
    where: { OR: or },
    select: {
      id: true,
      merchantTransactionId: true,
      state: true,
      amount: true,
      currency: true,
      ...cartCustomerColumns,
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
  });
  return rows.map((c) => ({
    id: c.id,
    href: `/financing-requests/${c.id}`,
    title: c.merchantTransactionId,
    status: (requestStateLabels as Record<string, { label: string }>)[c.state]?.label ?? c.state,
    detail: detailOf(describeCustomer(null, c).summary, formatMoney(c.amount, c.currency)),
  }));
}
