// An endpoint's sent-event log, newest first in keyset pages: each event, its delivery status
// and every attempt (time, HTTP status, duration, the answer's first 1 KB).
import "server-only";

import { db } from "@/lib/db/client";
import { decodeCursor, fetchPage, keysetFindArgs, type Page } from "@/lib/pagination/keyset";

const PAGE_SIZE = 25;

const select = {
  id: true,
  createdAt: true,
  status: true,
  attemptCount: true,
  nextAttemptAt: true,
  lastError: true,
  event: { select: { id: true, type: true } },
  attempts: {
    orderBy: { attemptedAt: "asc" },
    select: { id: true, attemptedAt: true, httpStatus: true, durationMs: true, error: true, responseExcerpt: true },
  },
} as const;

export type EndpointDeliveryRow = Awaited<ReturnType<typeof fetchRows>>[number];

function fetchRows(endpointId: string, cursor: ReturnType<typeof decodeCursor>, take: number) {
  return db().eventDelivery.findMany({
    ...keysetFindArgs(cursor, [{ endpointId }], "createdAt", "id"),
    take,
    select,
  });
}

export async function findEndpointDeliveries(
  endpointId: string,
  cursorText: string | undefined,
): Promise<Page<EndpointDeliveryRow>> {
  return fetchPage({
    cursor: decodeCursor(cursorText),
    pageSize: PAGE_SIZE,
    key: (row) => ({ at: row.createdAt, id: row.id }),
    fetch: (cursor, take) => fetchRows(endpointId, cursor, take),
  });
}
