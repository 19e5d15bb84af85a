// One event endpoint, for its page in Settings (the secret stays out).
import "server-only";

import { db } from "@/lib/db/client";

export async function getEventEndpoint(id: string) {
  return db().eventEndpoint.findUnique({
    where: { id },
    select: {
      id: true,
      url: true,
      eventTypes: true,
      createdAt: true,
      createdByEmail: true,
      disabledAt: true,
      disabledReason: true,
      failingSince: true,
    },
  });
}
