// The delivery log's filters as a Prisma `where`, shared by the list, its count and
// the bulk replay so they always agree.
import "server-only";

import type { Prisma } from "@/lib/db/client";
import type { Processing } from "@/lib/db/generated/enums";
import { storableId } from "@/lib/ingest/storable-delivery";
import { dayRangeToInstants } from "@/lib/search-params/day-range";
import { isUuid } from "@/lib/search-params/is-uuid";

import { failureWhere, RECENT_FAILURE_WINDOW_MS } from "./delivery-failure";
import type { DeliveryFilters, ProcessingFilter, StatusClass } from "./find-deliveries-schema";

const statusRanges: Record<StatusClass, { gte: number; lt: number }> = {
  "2xx": { gte: 200, lt: 300 },
  "4xx": { gte: 400, lt: 500 },
  "5xx": { gte: 500, lt: 600 },
};

/** Received, with an attempt failed for a transient reason: waiting for its automatic retry (delivery-retry-state.ts). */
export const retryingWhere: Prisma.DeliveryWhereInput = { processing: "RECEIVED", applyAttempts: { gt: 0 } };

function processingWhere(values: ProcessingFilter[]): Prisma.DeliveryWhereInput {
  const stored = values.filter((value): value is Processing => value !== "RETRYING");
  const byState: Prisma.DeliveryWhereInput = { processing: { in: stored } };
  if (stored.length === values.length) return byState;
  return stored.length ? { OR: [byState, retryingWhere] } : retryingWhere;
}

type WhereOptions = { timeZone: string; now: Date; mentioning?: string[] };

/** `mentioning`: the ids findIdsMentioning() found for filters.q, when it could list them. */
export function deliveryWhere(filters: DeliveryFilters, options: WhereOptions): Prisma.DeliveryWhereInput[] {
  const and: Prisma.DeliveryWhereInput[] = [];
  if (filters.provider.length) and.push({ provider: { in: filters.provider } });
  if (filters.eventType.length) and.push({ eventType: { in: filters.eventType } });
  if (filters.verification.length) and.push({ verification: { in: filters.verification } });
  if (filters.processing.length) and.push(processingWhere(filters.processing));
  if (filters.status.length) {
    const ranges = filters.status.map((status) => ({ responseStatus: statusRanges[status] }));
    and.push(ranges.length === 1 ? ranges[0]! : { OR: ranges });
  }
  if (filters.duplicate !== undefined)
    and.push(filters.duplicate ? { processing: "DUPLICATE" } : { processing: { not: "DUPLICATE" } });
  if (filters.failure) and.push(failureWhere);
  if (filters.within === "24h")
    and.push({ receivedAt: { gte: new Date(options.now.getTime() - RECENT_FAILURE_WINDOW_MS) } });
  const range = dayRangeToInstants({ from: filters.from, to: filters.to }, options.timeZone);
  if (range.gte || range.lt) and.push({ receivedAt: range });
  if (filters.q) {
    const q = filters.q;
    const mentions: Prisma.DeliveryWhereInput = options.mentioning
      ? { id: { in: options.mentioning } }
      : { searchIds: { has: storableId(q) } };
    and.push(isUuid(q) ? { OR: [mentions, { id: q.toLowerCase() }] } : mentions);
  }
  return and;
}
