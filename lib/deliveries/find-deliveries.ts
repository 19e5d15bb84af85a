// The delivery log: one page of deliveries under the filters, newest first,
// paginated by (receivedAt desc, id desc). Only the list's columns: never the body.
import "server-only";

import { db, type Prisma } from "@/lib/db/client";
import { fetchPage, keysetFindArgs, type Page } from "@/lib/pagination/keyset";
import type { ListPageInput } from "@/lib/pagination/list-page-input";

import { deliveryWhere } from "./delivery-where";
import { DELIVERY_PAGE_SIZE, type DeliveryFilters } from "./find-deliveries-schema";
import { findIdsMentioning } from "./find-ids-mentioning";

const listColumns = {
  id: true,
  provider: true,
  endpoint: true,
  receivedAt: true,
  eventType: true,
  responseStatus: true,
  verification: true,
  processing: true,
  processingError: true,
  duplicateOfId: true,
  replayCount: true,
  flags: true,
} as const satisfies Prisma.DeliverySelect;

export type DeliveryListRow = Prisma.DeliveryGetPayload<{ select: typeof listColumns }>;

export type FindDeliveriesInput = ListPageInput<DeliveryFilters> & { now?: Date };

export async function findDeliveries(input: FindDeliveriesInput): Promise<Page<DeliveryListRow>> {
  const { filters, timeZone, now = new Date(), pageSize = DELIVERY_PAGE_SIZE } = input;
  const mentioning = filters.q ? await findIdsMentioning(filters.q) : undefined;
  const where = deliveryWhere(filters, { timeZone, now, mentioning });
  return fetchPage<DeliveryListRow>({
    cursor: input.cursor ?? null,
    pageSize,
    key: (row) => ({ at: row.receivedAt, id: row.id }),
    fetch: (cursor, take) =>
      db().delivery.findMany({ ...keysetFindArgs(cursor, where, "receivedAt", "id"), take, select: listColumns }),
  });
}
