// The deliveries a bulk replay would act on under the log's filters: verified when
// they arrived and failed, invalid or ignored (what replayDelivery applies), oldest
// first so events are re-applied in the order they came, at most `limit` per run.
import "server-only";

import { db } from "@/lib/db/client";
import type { Processing } from "@/lib/db/generated/enums";

import { deliveryWhere } from "./delivery-where";
import type { DeliveryFilters } from "./find-deliveries-schema";
import { findIdsMentioning } from "./find-ids-mentioning";

export const BULK_REPLAY_LIMIT = 500;
/** Deliveries per server-action call, so progress shows and no request runs long. */
export const BULK_REPLAY_CHUNK = 25;
export const BULK_REPLAYABLE: Processing[] = ["FAILED", "INVALID", "IGNORED"];

export type ReplayableIds = { ids: string[]; more: boolean };

export async function findReplayableDeliveryIds(input: {
  filters: DeliveryFilters;
  timeZone: string;
  now?: Date;
  limit?: number;
}): Promise<ReplayableIds> {
  const { filters, timeZone, now = new Date(), limit = BULK_REPLAY_LIMIT } = input;
  const mentioning = filters.q ? await findIdsMentioning(filters.q) : undefined;
  const rows = await db().delivery.findMany({
    where: {
      AND: [
        ...deliveryWhere(filters, { timeZone, now, mentioning }),
        { verification: "VERIFIED", processing: { in: BULK_REPLAYABLE } },
      ],
    },
    orderBy: [{ receivedAt: "asc" }, { id: "asc" }],
    take: limit + 1,
    select: { id: true },
  });
  return { ids: rows.slice(0, limit).map((row) => row.id), more: rows.length > limit };
}
