import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { UserFacingError } from "@/lib/errors/user-facing-error";

import { apiKeyNameSchema } from "./api-key-schemas";

/** Deletes the key by name: the next request with it answers 401, on every instance. */
export async function revokeApiKey(nameInput: string, actor: Actor) {
  const name = apiKeyNameSchema.parse(nameInput);
  return db().$transaction(async (tx) => {
    const [key] = await tx.apiKey.findMany({
      where: { name },
      select: { id: true, name: true, scope: true, prefix: true },
    });
    if (!key) throw new UserFacingError(`No API key is named "${name}".`);
    await tx.apiKey.delete({ where: { id: key.id } });
    await recordAudit(tx, actor, {
      action: "api-key.revoke",
      targetType: "api-key",
      targetId: key.id,
      details: { name: key.name, scope: key.scope, prefix: key.prefix },
    });
    return key;
  });
}
