// The event types a page of refused or unreadable deliveries claim, read from their
// stored bodies (only bodies up to CLAIMED_BODY_MAX are fetched at all).
import "server-only";

import { db } from "@/lib/db/client";
import type { Provider } from "@/lib/db/generated/enums";

import { CLAIMED_BODY_MAX, claimedEventType, hasClaimedEventType } from "./claimed-event-type";

type Row = { id: string; eventType: string | null; processing: string };

export async function readClaimedEventTypes(rows: Row[]): Promise<Map<string, string>> {
  const ids = rows.filter(hasClaimedEventType).map((row) => row.id);
  if (!ids.length) return new Map();
  const bodies = await db().$queryRaw<
    { id: string; provider: Provider; contentType: string | null; rawBody: Uint8Array }[]
  >`
    SELECT id::text, provider, "contentType", "rawBody" FROM "Delivery"
    WHERE id = ANY(${ids}::uuid[]) AND octet_length("rawBody") <= ${CLAIMED_BODY_MAX}`;
  const claimed = new Map<string, string>();
  for (const body of bodies) {
    const eventType = claimedEventType(body);
    if (eventType) claimed.set(body.id, eventType);
  }
  return claimed;
}
