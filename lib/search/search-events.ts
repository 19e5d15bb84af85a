// /search for what happened to a sale: disputes (by their ids or their application's
// customer and ids) and deliveries (any id their payload carries, GIN on searchIds).
import "server-only";

import { customerColumns, describeCustomer } from "@/lib/customers/describe-customer";
import { db, type Prisma } from "@/lib/db/client";
import { processingLabels } from "@/lib/deliveries/delivery-labels";
import { disputeStatusLabels } from "@/lib/disputes/dispute-labels";
import { storableId } from "@/lib/ingest/storable-delivery";
import { isUuid } from "@/lib/search-params/is-uuid";

import { detailOf, take, type SearchInput, type SearchRow } from "./search-types";

export async function searchDisputes({ q, applicationIds }: SearchInput): Promise<SearchRow[]> {
  const or: Prisma.DisputeWhereInput[] = [{ externalId: q }, { lenderDisputeId: q }];
  if (isUuid(q)) or.push({ id: q.toLowerCase() });
  if (applicationIds.length) or.push({ applicationId: { in: applicationIds } });
  const rows = await db().dispute.findMany({
    where: { OR: or },
    select: {
      id: true,
      externalId: true,
      status: true,
      application: { select: { externalId: true, ...customerColumns } },
    },
    orderBy: [{ openedAt: "desc" }, { id: "desc" }],
    take,
  });
  return rows.map((d) => ({
    id: d.id,
    href: `/disputes/${d.id}`,
    title: d.externalId,
    status: disputeStatusLabels[d.status].label,
    detail: detailOf(
      describeCustomer(d.application).summary,
      d.application && `application ${d.application.externalId}`,
    ),
  }));
}

export async function searchDeliveries({ q }: SearchInput): Promise<SearchRow[]> {
  const or: Prisma.DeliveryWhereInput[] = [{ searchIds: { has: storableId(q) } }];
  if (isUuid(q)) or.push({ id: q.toLowerCase() });
  const rows = await db().delivery.findMany({
    where: { OR: or },
    select: { id: true, eventType: true, processing: true, receivedAt: true, provider: true },
    orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
    take,
  });
  return rows.map((d) => ({
    id: d.id,
    href: `/deliveries/${d.id}`,
    title: d.eventType ?? "unreadable body",
    status: processingLabels[d.processing].label,
    detail: `received ${d.receivedAt.toISOString().replace("T", " ").slice(0, 19)} UTC`,
  }));
}
