// Adds an event endpoint with a new secret (whsec_ + 24 random bytes in base64, as Standard
// Webhooks writes it), returned once to be shown once. Kept as given: signing needs it.
import { randomBytes } from "node:crypto";

import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db, Prisma } from "@/lib/db/client";
import { UserFacingError } from "@/lib/errors/user-facing-error";

import { createEventEndpointSchema, type CreateEventEndpointInput } from "./endpoint-schemas";

export async function createEventEndpoint(input: CreateEventEndpointInput, actor: Actor) {
  const { url, eventTypes } = createEventEndpointSchema.parse(input);
  const secret = `whsec_${randomBytes(24).toString("base64")}`;
  try {
    return await db().$transaction(async (tx) => {
      const row = await tx.eventEndpoint.create({
        data: { url, secret, eventTypes: [...new Set(eventTypes)].sort(), createdByEmail: actor.email },
        select: { id: true, url: true, eventTypes: true },
      });
      await recordAudit(tx, actor, {
        action: "event-endpoint.create",
        targetType: "event-endpoint",
        targetId: row.id,
        details: { url, eventTypes: row.eventTypes },
      });
      return { ...row, secret };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new UserFacingError(`An endpoint for ${url} exists already.`, { url: ["Already added."] });
    throw error;
  }
}
