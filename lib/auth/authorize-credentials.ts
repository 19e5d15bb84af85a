// The credentials check behind sign-in: throttle, password, account state.
import { z } from "zod";
import { db } from "../db/client";
import { verifyPassword } from "../users/password";
import { emailSchema } from "../users/schemas";
import { accountKey, ACCOUNT_LIMIT, addressKey, ADDRESS_LIMIT, clearFailures, lockedUntil, recordFailure } from "./sign-in-throttle";

const credentialsSchema = z.object({ email: emailSchema, password: z.string().min(1).max(200) });

export type AuthorizeResult =
  | { ok: true; user: { id: string; email: string; name: string | null; sessionVersion: number } }
  | { ok: false; reason: "invalid" | "throttled"; retryAt?: Date };

export async function authorizeCredentials(input: unknown, address: string): Promise<AuthorizeResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const keys = [accountKey(email), addressKey(address)];

  const locked = await lockedUntil(keys);
  if (locked) return { ok: false, reason: "throttled", retryAt: locked };

  const user = await db().user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, disabledAt: true, sessionVersion: true },
  });
  // Always run bcrypt, so an unknown email takes as long as a wrong password.
  const passwordOk = await verifyPassword(password, user?.passwordHash);
  if (!user || !passwordOk || user.disabledAt) {
    await recordFailure([
      { key: keys[0]!, limit: ACCOUNT_LIMIT },
      { key: keys[1]!, limit: ADDRESS_LIMIT },
    ]);
    return { ok: false, reason: "invalid" };
  }

  await clearFailures(keys[0]!);
  await db().user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}
