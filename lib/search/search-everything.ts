// /search?q=: every kind of record at once, grouped by kind, at most SEARCH_LIMIT rows each,
// each group with its list filtered by the same q where that list searches alike.
import "server-only";

import { can } from "@/lib/auth/permissions";
import type { Role } from "@/lib/db/generated/enums";

import { searchDeliveries, searchDisputes } from "./search-events";
import { searchFundingRecords } from "./search-funding";
import { matchingApplicationIds, searchApplications, searchFinancingRequests, searchOrders } from "./search-sales";
import { grouped, listHref, type SearchGroup } from "./search-types";

export async function searchEverything(
  query: { q: string; amount: string | undefined },
  role: Role,
): Promise<SearchGroup[]> {
  const { q } = query;
  const input = { ...query, applicationIds: await matchingApplicationIds(q) };
  const [applications, orders, requests, disputes, deliveries, funding] = await Promise.all([
    searchApplications(input),
    searchOrders(input),
    searchFinancingRequests(input),
    searchDisputes(input),
    searchDeliveries(input),
    searchFundingRecords(input, role),
  ]);
  return [
    grouped("applications", "Applications", applications, {
      href: listHref("/applications", q),
      label: "applications",
    }),
    grouped("orders", "Orders", orders, { href: listHref("/orders", q), label: "orders" }),
    grouped("financingRequests", "Financing requests", requests, {
      href: listHref("/financing-requests", q),
      label: "financing requests",
    }),
    grouped("disputes", "Disputes", disputes, { href: listHref("/disputes", q), label: "disputes" }),
    grouped("deliveries", "Deliveries", deliveries, { href: listHref("/deliveries", q), label: "the delivery log" }),
    grouped(
      "fundingRecords",
      "Funding records",
      funding,
      can(role, "viewFunding") ? { href: listHref("/reconciliation", q), label: "the funding report" } : null,
    ),
  ];
}
