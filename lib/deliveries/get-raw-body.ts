// A delivery's body exactly as stored, with its content type, for download.
import "server-only";

import { db } from "@/lib/db/client";
import { findByValidId } from "@/lib/db/find-by-valid-id";

import { deliveryIdSchema } from "./get-delivery-schema";

export async function getRawBody(
  id: string,
): Promise<{ id: string; rawBody: Uint8Array; contentType: string | null; bodyPurgedAt: Date | null } | null> {
  return findByValidId(deliveryIdSchema, id, (validId) =>
    db().delivery.findUnique({
      where: { id: validId },
      select: { id: true, rawBody: true, contentType: true, bodyPurgedAt: true },
    }),
  );
}
