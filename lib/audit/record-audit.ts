import type { Prisma } from "@/lib/db/client";

import type { Actor } from "./actor";
import type { AuditAction, AuditTargetType } from "./audit-vocabulary";

type AuditInput = {
  action: AuditAction;
  targetType?: AuditTargetType;
  targetId?: string;
  details?: Prisma.InputJsonValue;
};

/** Call inside the transaction that makes the change, so both land or neither does. */
export async function recordAudit(tx: Prisma.TransactionClient, actor: Actor, input: AuditInput): Promise<void> {
  await tx.auditLog.create({
    data: { actorId: actor.id, actorEmail: actor.email, ...input },
  });
}
