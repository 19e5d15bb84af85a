// The endpoints with what the Settings page and `npm run endpoint -- list` show beside each.
import { db } from "@/lib/db/client";

/** What Settings shows of an endpoint: never its secret. */
export const endpointColumns = {
  id: true,
  url: true,
  eventTypes: true,
  createdAt: true,
  createdByEmail: true,
  disabledAt: true,
  disabledReason: true,
  failingSince: true,
} as const;

export type EventEndpointRow = Awaited<ReturnType<typeof listEventEndpoints>>[number];

export async function listEventEndpoints() {
  const endpoints = await db().eventEndpoint.findMany({
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: endpointColumns,
  });
  const counts = await db().eventDelivery.groupBy({ by: ["endpointId", "status"], _count: { _all: true } });
  const count = (id: string, status: string) =>
    counts.find((c) => c.endpointId === id && c.status === status)?._count._all ?? 0;
  return endpoints.map((endpoint) => ({
    ...endpoint,
    pending: count(endpoint.id, "PENDING"),
    failed: count(endpoint.id, "FAILED"),
    succeeded: count(endpoint.id, "SUCCEEDED"),
  }));
}
