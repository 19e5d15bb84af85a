// One delivery as its page shows it: the request as received, our answer, what it
// touched and was about, its duplicates, the audit entries about it, the event type a
// refused one claims, and whether a replay can work. Null for an unknown or malformed id.
import "server-only";

import { db, type Prisma } from "@/lib/db/client";
import { findByValidId } from "@/lib/db/find-by-valid-id";

import { replayRefusal } from "./can-replay";
import { claimedEventType, hasClaimedEventType } from "./claimed-event-type";
import { deliveryAbout, deliveryAboutColumns } from "./delivery-about";
import { retryColumns } from "./delivery-retry-state";
import { deliveryIdSchema } from "./get-delivery-schema";

const DUPLICATES_SHOWN = 20;
const AUDIT_SHOWN = 50;

const deliveryDetailColumns = {
  id: true,
  provider: true,
  endpoint: true,
  receivedAt: true,
  remoteAddress: true,
  contentType: true,
  headers: true,
  rawBody: true,
  bodyBytes: true,
  bodyPurgedAt: true,
  eventType: true,
  dedupeKey: true,
  verification: true,
  responseStatus: true,
  processing: true,
  processingError: true,
  processedAt: true,
  replayCount: true,
  ...retryColumns,
  flags: true,
  searchIds: true,
  duplicateOf: { select: { id: true, receivedAt: true } },
  duplicates: {
    select: { id: true, receivedAt: true },
    orderBy: [{ receivedAt: "asc" }, { id: "asc" }],
    take: DUPLICATES_SHOWN,
  },
  _count: { select: { duplicates: true } },
  application: { select: { ...deliveryAboutColumns.application.select, status: true } },
  order: { select: { ...deliveryAboutColumns.order.select, status: true } },
  dispute: { select: { ...deliveryAboutColumns.dispute.select, status: true } },
} satisfies Prisma.DeliverySelect;

export async function getDelivery(id: string) {
  const delivery = await findByValidId(deliveryIdSchema, id, (validId) =>
    db().delivery.findUnique({ where: { id: validId }, select: deliveryDetailColumns }),
  );
  if (!delivery) return null;
  const audit = await db().auditLog.findMany({
    where: { targetType: "delivery", targetId: delivery.id },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: AUDIT_SHOWN,
    select: { id: true, at: true, actorEmail: true, action: true, details: true },
  });
  const claimed = hasClaimedEventType(delivery) ? claimedEventType(delivery) : null;
  return {
    ...delivery,
    headers: headerEntries(delivery.headers),
    audit,
    about: deliveryAbout(delivery),
    claimedEventType: claimed,
    replayRefusal: replayRefusal(delivery),
  };
}

export type DeliveryDetail = NonNullable<Awaited<ReturnType<typeof getDelivery>>>;

/** Stored headers as name/value pairs (already masked at storage), sorted by name. */
function headerEntries(headers: unknown): [string, string][] {
  if (!headers || typeof headers !== "object" || Array.isArray(headers)) return [];
  return Object.entries(headers as Record<string, unknown>)
    .map(([name, value]): [string, string] => [name, typeof value === "string" ? value : JSON.stringify(value)])
    .sort(([a], [b]) => a.localeCompare(b));
}
