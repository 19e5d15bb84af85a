// The credentials check behind sign-in: throttle, password, account state.
import "server-only";

import { z } from "zod";

import { db } from "@/lib/db/client";
import { verifyPassword } from "@/lib/users/password";
import { emailSchema } from "@/lib/users/schemas";

import { claimAttempt, forgiveAttempt, throttleRules } from "./sign-in-throttle";

const credentialsSchema = z.object({ email: emailSchema, password: z.string().min(1).max(200) });

export type AuthorizeResult =
  | { ok: true; user: { id: string; email: string; name: string | null; sessionVersion: number } }
  | { ok: false; reason: "invalid" | "throttled"; retryAt?: Date };

export async function authorizeCredentials(input: unknown, address: string): Promise<AuthorizeResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const rules = throttleRules(email, address);

  // Counted before the password is looked at, so concurrent guesses cannot race the count.
  const claim = await claimAttempt(rules);
  if (!claim.allowed) return { ok: false, reason: "throttled", retryAt: claim.retryAt };

  const user = await db().user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, disabledAt: true, sessionVersion: true },
  });
  // Always run bcrypt, so an unknown email takes as long as a wrong password.
  const passwordOk = await verifyPassword(password, user?.passwordHash);
  if (!user || !passwordOk || user.disabledAt) return { ok: false, reason: "invalid" };

  await forgiveAttempt(rules);
  await db().user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}
