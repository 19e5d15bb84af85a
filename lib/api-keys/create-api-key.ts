import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db, Prisma } from "@/lib/db/client";
import { UserFacingError } from "@/lib/errors/user-facing-error";

import { createApiKeySchema, type CreateApiKeyInput } from "./api-key-schemas";
import { generateApiKey } from "./api-key-secret";

/** Creates a key; the key itself is in the answer only, to be shown once. */
export async function createApiKey(input: CreateApiKeyInput, actor: Actor) {
  const { name, scope } = createApiKeySchema.parse(input);
  const { key, keyHash, prefix } = generateApiKey();
  try {
    const created = await db().$transaction(async (tx) => {
      const row = await tx.apiKey.create({
        data: { name, scope, prefix, keyHash, createdByEmail: actor.email },
        select: { id: true, name: true, scope: true, prefix: true },
      });
      await recordAudit(tx, actor, {
        action: "api-key.create",
        targetType: "api-key",
        targetId: row.id,
        details: { name, scope, prefix },
      });
      return row;
    });
    return { ...created, key };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new UserFacingError(`An API key named "${name}" exists already.`, { name: ["Already used."] });
    throw error;
  }
}
