// Open disputes (not resolved) and how many of them were opened more than 7, 30 and 60
// days ago: the buckets the dispute list's `age` filter offers, so each links to its rows.
import "server-only";

import { db } from "@/lib/db/client";
import { DISPUTE_AGES, type DisputeAge } from "@/lib/disputes/find-disputes-schema";

import { OPEN_DISPUTE_STATUSES } from "./overview-links";

const DAY_MS = 86_400_000;

export type OpenDisputesByAge = { open: number; olderThan: Record<DisputeAge, number> };

export async function countOpenDisputesByAge(now: Date = new Date()): Promise<OpenDisputesByAge> {
  const status = { in: [...OPEN_DISPUTE_STATUSES] };
  const [open, ...older] = await Promise.all([
    db().dispute.count({ where: { status } }),
    ...DISPUTE_AGES.map((age) =>
      db().dispute.count({ where: { status, openedAt: { lt: new Date(now.getTime() - Number(age) * DAY_MS) } } }),
    ),
  ]);
  const olderThan = Object.fromEntries(DISPUTE_AGES.map((age, i) => [age, older[i]!])) as Record<DisputeAge, number>;
  return { open, olderThan };
}
