import "server-only";

import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { UserFacingError } from "@/lib/errors/user-facing-error";

import { guardLastAdmin } from "./guard-last-admin";
import { roleSchema } from "./schemas";

export async function changeUserRole(userId: string, roleInput: string, actor: Actor) {
  const role = roleSchema.parse(roleInput);
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, role: true } });
    if (!user) throw new UserFacingError("That user no longer exists.");
    if (user.role === role) return user;
    if (user.role === "ADMIN") await guardLastAdmin(tx, user.id);
    const updated = await tx.user.update({
      where: { id: user.id },
      data: { role },
      select: { id: true, email: true, role: true },
    });
    await recordAudit(tx, actor, {
      action: "user.role",
      targetType: "user",
      targetId: user.id,
      details: { email: user.email, from: user.role, to: role },
    });
    return updated;
  });
}
