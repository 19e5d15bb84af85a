// Deliveries that need someone: those that failed while being applied (a replay after a
// fix applies them) and those refused for a bad or missing signature in the last 24 hours
// (a secret rotated on one side only). Each is what its overview link lists.
import "server-only";

import { db, type Prisma } from "@/lib/db/client";
import { RECENT_FAILURE_WINDOW_MS } from "@/lib/deliveries/delivery-failure";

import { cappedCount, COUNT_CAP, type CappedCount } from "./capped-count";
import { REFUSED_VERIFICATIONS } from "./overview-links";

export type DeliveryProblems = { failedToApply: CappedCount; refusedSignatures: CappedCount };

/** Rows read by an index on (column, receivedAt), never more than the cap. */
async function countUpTo(where: Prisma.DeliveryWhereInput): Promise<CappedCount> {
  const rows = await db().delivery.findMany({ where, select: { id: true }, take: COUNT_CAP + 1 });
  return cappedCount(rows.length);
}

export async function countDeliveryProblems(now: Date = new Date()): Promise<DeliveryProblems> {
  const [failedToApply, refusedSignatures] = await Promise.all([
    countUpTo({ processing: "FAILED" }),
    countUpTo({
      verification: { in: [...REFUSED_VERIFICATIONS] },
      receivedAt: { gte: new Date(now.getTime() - RECENT_FAILURE_WINDOW_MS) },
    }),
  ]);
  return { failedToApply, refusedSignatures };
}
