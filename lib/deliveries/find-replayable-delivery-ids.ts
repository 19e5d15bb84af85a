// The deliveries a bulk replay would act on under the log's filters: those canReplay
// allows (verified, and failed, ignored, or unreadable but read by today's parser),
// oldest first so events are re-applied in the order they came, at most `limit` per run.
import "server-only";

import { db, type Prisma } from "@/lib/db/client";
import type { Processing } from "@/lib/db/generated/enums";

import { deliveryWhere } from "./delivery-where";
import { replayCandidateColumns, replayRefusals, type ReplayCandidateRow } from "./filter-replayable";
import type { DeliveryFilters } from "./find-deliveries-schema";
import { findIdsMentioning } from "./find-ids-mentioning";

export const BULK_REPLAY_LIMIT = 500;
/** Deliveries per server-action call, so progress shows and no request runs long. */
export const BULK_REPLAY_CHUNK = 25;
export const BULK_REPLAYABLE: Processing[] = ["FAILED", "INVALID", "IGNORED"];
const SCAN_BATCH = 200;
/** A run looks at no more candidates than this (most unreadable ones stay unreadable). */
const SCAN_MAX = 5_000;

export type ReplayableIds = { ids: string[]; more: boolean };

export async function findReplayableDeliveryIds(input: {
  filters: DeliveryFilters;
  timeZone: string;
  now?: Date;
  limit?: number;
}): Promise<ReplayableIds> {
  const { filters, timeZone, now = new Date(), limit = BULK_REPLAY_LIMIT } = input;
  const mentioning = filters.q ? await findIdsMentioning(filters.q) : undefined;
  const where: Prisma.DeliveryWhereInput[] = [
    ...deliveryWhere(filters, { timeZone, now, mentioning }),
    { verification: "VERIFIED", processing: { in: BULK_REPLAYABLE } },
  ];
  const ids: string[] = [];
  let after: { receivedAt: Date; id: string } | null = null;
  let scanned = 0;
  let unscanned = false;
  // Scanned in batches: some candidates drop out (their bodies still do not parse).
  while (ids.length <= limit) {
    if (scanned >= SCAN_MAX) {
      unscanned = true;
      break;
    }
    const batch: ReplayCandidateRow[] = await db().delivery.findMany({
      where: { AND: [...where, ...(after ? [afterKey(after)] : [])] },
      orderBy: [{ receivedAt: "asc" }, { id: "asc" }],
      take: SCAN_BATCH,
      select: replayCandidateColumns,
    });
    scanned += batch.length;
    const refusals = await replayRefusals(batch);
    ids.push(...batch.filter((row) => refusals.get(row.id) === null).map((row) => row.id));
    if (batch.length < SCAN_BATCH) break;
    after = batch.at(-1)!;
  }
  return { ids: ids.slice(0, limit), more: ids.length > limit || unscanned };
}

function afterKey(after: { receivedAt: Date; id: string }): Prisma.DeliveryWhereInput {
  return { OR: [{ receivedAt: { gt: after.receivedAt } }, { receivedAt: after.receivedAt, id: { gt: after.id } }] };
}
