import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { UserFacingError } from "@/lib/errors/user-facing-error";

import { generatePassword, hashPassword } from "./password";
import { passwordSchema } from "./schemas";

/**
 * Sets a new password, ends the user's other sessions and lifts any sign-in lock on
 * the account: the way back in for a locked-out admin.
 */
export async function resetUserPassword(userId: string, newPassword: string | undefined, actor: Actor) {
  const plain = newPassword === undefined ? generatePassword() : passwordSchema.parse(newPassword);
  const passwordHash = await hashPassword(plain);
  const user = await db().$transaction(async (tx) => {
    const found = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true } });
    if (!found) throw new UserFacingError("That user no longer exists.");
    await tx.user.update({ where: { id: found.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    // A new password lifts the account's own limits (from every address), not the per-address ones.
    await tx.signInThrottle.deleteMany({
      where: { OR: [{ key: `account:${found.email}` }, { key: { startsWith: `pair:${found.email}|` } }] },
    });
    await recordAudit(tx, actor, {
      action: "user.reset-password",
      targetType: "user",
      targetId: found.id,
      details: { email: found.email },
    });
    return found;
  });
  return { user, generatedPassword: newPassword === undefined ? plain : undefined };
}
