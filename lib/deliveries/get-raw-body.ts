// A delivery's body exactly as stored, with its content type, for download.
import "server-only";

import { db } from "@/lib/db/client";

import { deliveryIdSchema } from "./get-delivery-schema";

export async function getRawBody(
  id: string,
): Promise<{ id: string; rawBody: Uint8Array; contentType: string | null } | null> {
  const parsed = deliveryIdSchema.safeParse(id);
  if (!parsed.success) return null;
  return db().delivery.findUnique({
    where: { id: parsed.data },
    select: { id: true, rawBody: true, contentType: true },
  });
}
