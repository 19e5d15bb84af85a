// canReplay over many deliveries at once, for "replay all" and the replay actions: the
// bodies are read only where the parser decides (verified INVALID ones), a few at a time.
import "server-only";

import { db, type Prisma } from "@/lib/db/client";

import { needsBodyToDecide, replayRefusal, type ReplayCandidate } from "./can-replay";

const BODY_BATCH = 25;

export const replayCandidateColumns = {
  id: true,
  provider: true,
  verification: true,
  processing: true,
  contentType: true,
  receivedAt: true,
  bodyPurgedAt: true,
} as const satisfies Prisma.DeliverySelect;

export type ReplayCandidateRow = Prisma.DeliveryGetPayload<{ select: typeof replayCandidateColumns }>;

/** The deliveries with these ids (unknown ids are left out), as canReplay reads them. */
export function findReplayCandidates(ids: string[]): Promise<ReplayCandidateRow[]> {
  return db().delivery.findMany({ where: { id: { in: ids } }, select: replayCandidateColumns });
}

/** Each candidate's refusal (null: it can be replayed), by id. */
export async function replayRefusals(candidates: ReplayCandidateRow[]): Promise<Map<string, string | null>> {
  const bodies = new Map<string, Uint8Array>();
  const needed = candidates.filter(needsBodyToDecide).map((c) => c.id);
  for (let start = 0; start < needed.length; start += BODY_BATCH) {
    const rows = await db().delivery.findMany({
      where: { id: { in: needed.slice(start, start + BODY_BATCH) } },
      select: { id: true, rawBody: true },
    });
    for (const row of rows) bodies.set(row.id, row.rawBody);
  }
  return new Map(
    candidates.map((c): [string, string | null] => [
      c.id,
      replayRefusal({ ...c, rawBody: bodies.get(c.id) } satisfies ReplayCandidate),
    ]),
  );
}
