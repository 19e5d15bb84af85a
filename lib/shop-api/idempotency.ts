// Idempotency-Key for Shop API writes, kept in PostgreSQL so every instance agrees: the first
// request with a key claims it (one INSERT; a second one at the same moment finds the claim);
// its answer is stored and given again to the same request; another request under the same
// key is refused. Keys live 24 hours; a claim whose process died is taken over after 2 minutes.
import "server-only";

import { createHash } from "node:crypto";

import { z } from "zod";

import { db, type Prisma } from "@/lib/db/client";

export const IDEMPOTENCY_TTL_HOURS = 24;
const ABANDONED_AFTER_MS = 2 * 60_000;

export const idempotencyKeySchema = z
  .string()
  .min(1, { error: "The Idempotency-Key header is empty." })
  .max(255, { error: "The Idempotency-Key must be at most 255 characters." })
  .regex(/^[\x21-\x7e]+$/, { error: "The Idempotency-Key must be visible ASCII characters without spaces." });

export type IdempotencyClaim =
  | { kind: "claimed" }
  | { kind: "replay"; status: number; body: unknown }
  | { kind: "other-request" }
  | { kind: "in-progress" };

type Scope = { apiKeyId: string; key: string };

export async function claimIdempotencyKey(scope: Scope, requestHash: string): Promise<IdempotencyClaim> {
  const expired = new Date(Date.now() - IDEMPOTENCY_TTL_HOURS * 3_600_000);
  await db().idempotencyKey.deleteMany({ where: { createdAt: { lt: expired } } });
  const { count } = await db().idempotencyKey.createMany({ data: [{ ...scope, requestHash }], skipDuplicates: true });
  if (count === 1) return { kind: "claimed" };

  const found = await db().idempotencyKey.findUnique({ where: { apiKeyId_key: scope } });
  if (!found) return claimIdempotencyKey(scope, requestHash); // expired and deleted in between
  if (found.requestHash !== requestHash) return { kind: "other-request" };
  if (found.responseStatus !== null) return { kind: "replay", status: found.responseStatus, body: found.responseBody };
  if (Date.now() - found.createdAt.getTime() < ABANDONED_AFTER_MS) return { kind: "in-progress" };
  const takenOver = await db().idempotencyKey.updateMany({
    where: { ...scope, createdAt: found.createdAt, responseStatus: null },
    data: { createdAt: new Date() },
  });
  return takenOver.count === 1 ? { kind: "claimed" } : { kind: "in-progress" };
}

export async function storeIdempotentAnswer(scope: Scope, status: number, body: unknown): Promise<void> {
  await db().idempotencyKey.update({
    where: { apiKeyId_key: scope },
    data: { responseStatus: status, responseBody: body as Prisma.InputJsonValue },
  });
}

/** The work failed before it had an answer: the key may be used again. */
export async function releaseIdempotencyKey(scope: Scope): Promise<void> {
  await db().idempotencyKey.deleteMany({ where: { ...scope, responseStatus: null } });
}

/** The request's fingerprint: its method, path and body as canonical JSON (key order and spacing do not count). */
export function requestFingerprint(method: string, path: string, body: unknown): string {
  return createHash("sha256")
    .update(`${method} ${path}\n${canonicalJson(body)}`)
    .digest("hex");
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(value) ?? "null";
}
