import "server-only";

import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { UserFacingError } from "@/lib/errors/user-facing-error";

import { guardLastAdmin } from "./guard-last-admin";

/** Disabling ends the user's sessions at once (sessionVersion is bumped). */
export async function setUserDisabled(userId: string, disabled: boolean, actor: Actor) {
  if (disabled && actor.id === userId) throw new UserFacingError("You cannot disable your own account.");
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { id: true, email: true, role: true, disabledAt: true },
    });
    if (!user) throw new UserFacingError("That user no longer exists.");
    if (Boolean(user.disabledAt) === disabled) return user;
    if (disabled && user.role === "ADMIN") await guardLastAdmin(tx, user.id);
    const updated = await tx.user.update({
      where: { id: user.id },
      data: disabled ? { disabledAt: new Date(), sessionVersion: { increment: 1 } } : { disabledAt: null },
      select: { id: true, email: true, role: true, disabledAt: true },
    });
    await recordAudit(tx, actor, {
      action: disabled ? "user.disable" : "user.enable",
      targetType: "user",
      targetId: user.id,
      details: { email: user.email },
    });
    return updated;
  });
}
