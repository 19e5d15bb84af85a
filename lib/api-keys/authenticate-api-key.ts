// Who is calling the Shop API: the key named by `Authorization: Bearer <key>`, looked up by
// its digest. Last use is written at most once a minute per key, never on every request.
import "server-only";

import { db } from "@/lib/db/client";
import type { ApiKeyScope } from "@/lib/db/generated/enums";

import { hashApiKey, looksLikeApiKey, sameDigest } from "./api-key-secret";

export type ApiCaller = { id: string; name: string; scope: ApiKeyScope };

const TOUCH_EVERY_MS = 60_000;

/** The key's holder, or null for a key that is malformed, unknown or revoked. */
export async function authenticateApiKey(key: string): Promise<ApiCaller | null> {
  if (!looksLikeApiKey(key)) return null;
  const keyHash = hashApiKey(key);
  const found = await db().apiKey.findUnique({
    where: { keyHash },
    select: { id: true, name: true, scope: true, keyHash: true, lastUsedAt: true },
  });
  if (!found || !sameDigest(found.keyHash, keyHash)) return null;
  const now = Date.now();
  if (!found.lastUsedAt || now - found.lastUsedAt.getTime() >= TOUCH_EVERY_MS) {
    // Conditional, so two instances seeing the same stale time write once between them.
    await db().apiKey.updateMany({
      where: { id: found.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now - TOUCH_EVERY_MS) } }] },
      data: { lastUsedAt: new Date(now) },
    });
  }
  return { id: found.id, name: found.name, scope: found.scope };
}
