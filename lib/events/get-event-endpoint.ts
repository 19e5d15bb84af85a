// One event endpoint, for its page in Settings (the secret stays out).
import "server-only";

import { db } from "@/lib/db/client";

import { endpointColumns } from "./list-event-endpoints";

export async function getEventEndpoint(id: string) {
  return db().eventEndpoint.findUnique({
    where: { id },
    select: endpointColumns,
  });
}
