// The delivery log: one page of deliveries under the filters, newest first,
// paginated by (receivedAt desc, id desc). Only the list's columns and what each was
// about; a body is read only for a refused delivery's claimed event type (small ones).
import "server-only";

import { db, type Prisma } from "@/lib/db/client";
import { fetchPage, keysetFindArgs, type Page } from "@/lib/pagination/keyset";
import type { ListPageInput } from "@/lib/pagination/list-page-input";

import { deliveryAbout, deliveryAboutColumns, type DeliveryAbout } from "./delivery-about";
import { retryColumns } from "./delivery-retry-state";
import { deliveryWhere } from "./delivery-where";
import { DELIVERY_PAGE_SIZE, type DeliveryFilters } from "./find-deliveries-schema";
import { findIdsMentioning } from "./find-ids-mentioning";
import { readClaimedEventTypes } from "./read-claimed-event-types";

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
  ...retryColumns,
  ...deliveryAboutColumns,
} as const satisfies Prisma.DeliverySelect;

type DeliveryRow = Prisma.DeliveryGetPayload<{ select: typeof listColumns }>;

/** A row of the log: the delivery, what it was about, and the event type a refused one claims (unverified). */
export type DeliveryListRow = DeliveryRow & { about: DeliveryAbout; claimedEventType: string | null };

export type FindDeliveriesInput = ListPageInput<DeliveryFilters> & { now?: Date };

export async function findDeliveries(input: FindDeliveriesInput): Promise<Page<DeliveryListRow>> {
  const { filters, timeZone, now = new Date(), pageSize = DELIVERY_PAGE_SIZE } = input;
  const mentioning = filters.q ? await findIdsMentioning(filters.q) : undefined;
  const where = deliveryWhere(filters, { timeZone, now, mentioning });
  const page = await fetchPage<DeliveryRow>({
    cursor: input.cursor ?? null,
    pageSize,
    key: (row) => ({ at: row.receivedAt, id: row.id }),
    fetch: (cursor, take) =>
      db().delivery.findMany({ ...keysetFindArgs(cursor, where, "receivedAt", "id"), take, select: listColumns }),
  });
  const claimed = await readClaimedEventTypes(page.rows);
  return {
    ...page,
    rows: page.rows.map((row) => ({
      ...row,
      about: deliveryAbout(row),
      claimedEventType: claimed.get(row.id) ?? null,
    })),
  };
}
