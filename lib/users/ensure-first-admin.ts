import { systemActor } from "@/lib/audit/actor";
import { db } from "@/lib/db/client";

import { createUser } from "./create-user";

/**
 * With no user at all, creates the first admin from ADMIN_EMAIL / ADMIN_PASSWORD,
 * or with a generated password that the caller prints once.
 */
export async function ensureFirstAdmin(email: string | undefined, password: string | undefined) {
  if ((await db().user.count()) > 0) return undefined;
  const { user, generatedPassword } = await createUser(
    { email: email ?? "admin@localhost.localdomain", role: "admin", name: "Administrator", password },
    systemActor,
  );
  return { email: user.email, generatedPassword };
}
