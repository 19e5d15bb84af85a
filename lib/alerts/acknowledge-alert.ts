// "Someone is on it": an open alert acknowledged stays open (it resolves when its cause stops)
// but says who took it. Audited in the same transaction.
import "server-only";

import { z } from "zod";

import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { UserFacingError } from "@/lib/errors/user-facing-error";

export const acknowledgeAlertSchema = z.object({ id: z.uuid({ error: "Not an issue id." }) });

export async function acknowledgeAlert(input: z.input<typeof acknowledgeAlertSchema>, actor: Actor): Promise<void> {
  const { id } = acknowledgeAlertSchema.parse(input);
  await db().$transaction(async (tx) => {
    const alert = await tx.alert.findUnique({
      where: { id },
      select: { kind: true, title: true, acknowledgedAt: true },
    });
    if (!alert) throw new UserFacingError("No such issue.");
    if (alert.acknowledgedAt) return; // already taken: the first acknowledgement stands
    await tx.alert.update({ where: { id }, data: { acknowledgedAt: new Date(), acknowledgedByEmail: actor.email } });
    await recordAudit(tx, actor, {
      action: "alert.acknowledge",
      targetType: "alert",
      targetId: id,
      details: { kind: alert.kind, title: alert.title },
    });
  });
}
