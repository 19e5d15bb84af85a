// Failed sign-ins counted per account and per client address, in the database so
// every app instance sees the same counts.
import { db } from "../db/client";

const WINDOW_MINUTES = 15;
const LOCK_MINUTES = 15;
export const ACCOUNT_LIMIT = 5;
export const ADDRESS_LIMIT = 30;

export const accountKey = (email: string) => `account:${email}`;
export const addressKey = (address: string) => `ip:${address}`;

/** The time until which sign-in is refused for any of these keys, if locked now. */
export async function lockedUntil(keys: string[]): Promise<Date | undefined> {
  const rows = await db().signInThrottle.findMany({
    where: { key: { in: keys }, lockedUntil: { gt: new Date() } },
    select: { lockedUntil: true },
  });
  const times = rows.map((row) => row.lockedUntil!.getTime());
  return times.length ? new Date(Math.max(...times)) : undefined;
}

/** Counts one failure for each key, atomically, and locks a key that reaches its limit. */
export async function recordFailure(keys: { key: string; limit: number }[]): Promise<void> {
  for (const { key, limit } of keys) {
    await db().$executeRaw`
      INSERT INTO "SignInThrottle" (key, failures, "windowStart", "lockedUntil")
      VALUES (${key}, 1, now(), CASE WHEN 1 >= ${limit} THEN now() + make_interval(mins => ${LOCK_MINUTES}) END)
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN "SignInThrottle"."windowStart" < now() - make_interval(mins => ${WINDOW_MINUTES})
                        THEN 1 ELSE "SignInThrottle".failures + 1 END,
        "windowStart" = CASE WHEN "SignInThrottle"."windowStart" < now() - make_interval(mins => ${WINDOW_MINUTES})
                        THEN now() ELSE "SignInThrottle"."windowStart" END,
        "lockedUntil" = CASE
          WHEN (CASE WHEN "SignInThrottle"."windowStart" < now() - make_interval(mins => ${WINDOW_MINUTES})
                     THEN 1 ELSE "SignInThrottle".failures + 1 END) >= ${limit}
          THEN now() + make_interval(mins => ${LOCK_MINUTES})
          ELSE "SignInThrottle"."lockedUntil" END`;
  }
}

export async function clearFailures(key: string): Promise<void> {
  await db().signInThrottle.deleteMany({ where: { key } });
}
