// GET /api/v1/events: the outbound events in commit order (their sequence), in keyset pages.
// next_cursor is the last event's place even on the last page, so a shop that polls keeps it
// and asks again for what came after.
import "server-only";

import type { z } from "zod";

import { db } from "@/lib/db/client";
import { invalidRequest } from "@/lib/shop-api/problem";

import { TEST_EVENT_TYPE } from "./event-schemas";
import { eventsFeedQuerySchema, type eventsFeedPageSchema } from "./events-feed-schema";

type EventsPage = z.infer<typeof eventsFeedPageSchema>;

export async function findEventsPage(params: URLSearchParams): Promise<EventsPage> {
  const parsed = eventsFeedQuerySchema.safeParse(Object.fromEntries(params));
  if (!parsed.success) throw invalidRequest(parsed.error, "Some query parameters are not valid; see errors.");
  const { after, limit } = parsed.data;
  const rows = await db().outboundEvent.findMany({
    where: { sequence: after ? { gt: BigInt(after) } : { not: null }, type: { not: TEST_EVENT_TYPE } },
    orderBy: { sequence: "asc" },
    take: limit,
    select: { id: true, type: true, createdAt: true, data: true, sequence: true },
  });
  const last = rows.at(-1);
  return {
    data: rows.map((row) => ({
      id: row.id,
      type: row.type,
      created_at: row.createdAt.toISOString(),
      data: row.data,
    })) as EventsPage["data"],
    next_cursor: last ? String(last.sequence) : (after ?? null),
  };
}
