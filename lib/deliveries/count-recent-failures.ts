// "N failures in the last 24 hours" (definition: delivery-failure.ts).
import "server-only";

import { db } from "@/lib/db/client";

import { failureWhere, RECENT_FAILURE_WINDOW_MS } from "./delivery-failure";

export async function countRecentFailures(now: Date = new Date()): Promise<number> {
  return db().delivery.count({
    where: { AND: [{ receivedAt: { gte: new Date(now.getTime() - RECENT_FAILURE_WINDOW_MS) } }, failureWhere] },
  });
}
