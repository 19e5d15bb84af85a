// Sign-in attempts counted per account+address pair, per account and per address, in the
// database so every app instance sees the same counts. An attempt is counted BEFORE the
// password is checked, in one atomic statement per key, so a burst of concurrent guesses
// gets at most `limit` password checks however it is timed.
import "server-only";

import { db } from "@/lib/db/client";

export type ThrottleRule = { key: string; limit: number; windowMinutes: number };

/** Guesses for one account from one address: the lock a guesser earns for themself. */
export const PAIR_LIMIT = 5;
export const PAIR_WINDOW_MINUTES = 15;
/** The slower ceiling for one account from every address together. */
export const ACCOUNT_LIMIT = 50;
export const ACCOUNT_WINDOW_MINUTES = 60;
/** Attempts from one address across accounts. */
export const ADDRESS_LIMIT = 30;
export const ADDRESS_WINDOW_MINUTES = 15;

export function throttleRules(email: string, address: string): ThrottleRule[] {
  // Checked in this order, stopping at the first refusal: a guesser locked out by their own
  // pair or address does not use up the account's ceiling for everyone else.
  return [
    { key: `pair:${email}|${address}`, limit: PAIR_LIMIT, windowMinutes: PAIR_WINDOW_MINUTES },
    { key: `ip:${address}`, limit: ADDRESS_LIMIT, windowMinutes: ADDRESS_WINDOW_MINUTES },
    { key: `account:${email}`, limit: ACCOUNT_LIMIT, windowMinutes: ACCOUNT_WINDOW_MINUTES },
  ];
}

/**
 * Counts one attempt on every key (a row lock per key via ON CONFLICT DO UPDATE) and
 * answers whether it is within every limit; if not, until when it is refused.
 * The refusing key counts the attempt too (it stays refused until its window ends); the
 * keys after it are not touched.
 */
export async function claimAttempt(
  rules: ThrottleRule[],
): Promise<{ allowed: true } | { allowed: false; retryAt: Date }> {
  for (const { key, limit, windowMinutes } of rules) {
    const [row] = await db().$queryRaw<{ failures: number; windowStart: Date }[]>`
      INSERT INTO "SignInThrottle" (key, failures, "windowStart")
      VALUES (${key}, 1, now())
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN "SignInThrottle"."windowStart" <= now() - make_interval(mins => ${windowMinutes})
                        THEN 1 ELSE "SignInThrottle".failures + 1 END,
        "windowStart" = CASE WHEN "SignInThrottle"."windowStart" <= now() - make_interval(mins => ${windowMinutes})
                        THEN now() ELSE "SignInThrottle"."windowStart" END
      RETURNING failures, "windowStart"`;
    if (row && row.failures > limit) {
      return { allowed: false, retryAt: new Date(row.windowStart.getTime() + windowMinutes * 60_000) };
    }
  }
  return { allowed: true };
}

/** After a correct password: the pair starts afresh and the attempt is not held against the account. */
export async function forgiveAttempt(rules: ThrottleRule[]): Promise<void> {
  const [pair, ...others] = rules;
  if (pair) await db().signInThrottle.deleteMany({ where: { key: pair.key } });
  for (const { key } of others) {
    await db().$executeRaw`UPDATE "SignInThrottle" SET failures = greatest(failures - 1, 0) WHERE key = ${key}`;
  }
}
