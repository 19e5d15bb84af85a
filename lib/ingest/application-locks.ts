// Events of one application apply one at a time, across workers and instances: a
// transaction-scoped advisory lock per application; each statement after it sees what the
// previous holder committed. A batch tries all of its locks in one statement without waiting
// and leaves the deliveries of an application another worker holds for a later batch, so
// workers neither deadlock nor queue behind each other.
import type { Prisma } from "@/lib/db/client";
import type { Provider } from "@/lib/db/generated/enums";

export const applicationLockKey = (provider: Provider, externalId: string) => `application:${provider}:${externalId}`;

/** Waits for the locks (one event applied on its own: a replay, a refresh). */
export async function lockApplications(tx: Prisma.TransactionClient, keys: Iterable<string>): Promise<void> {
  const unique = [...new Set(keys)];
  if (!unique.length) return;
  // Volatile functions of the select list run after the sort: the locks are taken in id order.
  await tx.$queryRaw`
    SELECT pg_advisory_xact_lock(h)::text FROM (SELECT DISTINCT hashtextextended(k, 0) AS h FROM unnest(${unique}::text[]) AS k) s
    ORDER BY h`;
}

/** Takes the locks that are free now; returns the keys it holds. */
export async function tryLockApplications(tx: Prisma.TransactionClient, keys: Iterable<string>): Promise<Set<string>> {
  const unique = [...new Set(keys)];
  if (!unique.length) return new Set();
  const held = await tx.$queryRaw<{ k: string }[]>`
    SELECT k FROM unnest(${unique}::text[]) AS k WHERE pg_try_advisory_xact_lock(hashtextextended(k, 0))`;
  return new Set(held.map((row) => row.k));
}
