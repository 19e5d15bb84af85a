// Resend one delivery of an endpoint, or all its failed ones: each starts the retry schedule
// again (attempts so far stay in the log) with the same event, so the same webhook-id.
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { enqueueEventDeliveries } from "@/lib/jobs/event-queue";

export async function resendEventDeliveries(
  target: { endpointId: string; deliveryId?: string },
  actor: Actor,
): Promise<number> {
  const due = await db().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; nextAttemptAt: Date }[]>`
      UPDATE "EventDelivery" SET status = 'PENDING', "attemptCount" = 0, "nextAttemptAt" = now()
      WHERE "endpointId" = ${target.endpointId}::uuid
        AND (${target.deliveryId ?? null}::uuid IS NULL AND status = 'FAILED' OR id = ${target.deliveryId ?? null}::uuid)
      RETURNING id::text, "nextAttemptAt"`;
    await recordAudit(tx, actor, {
      action: target.deliveryId ? "event-endpoint.resend" : "event-endpoint.resend-failed",
      targetType: "event-endpoint",
      targetId: target.endpointId,
      details: target.deliveryId ? { deliveryId: target.deliveryId } : { count: rows.length },
    });
    return rows;
  });
  // Without a job runner in this process the runners' sweep queues them within a minute.
  await enqueueEventDeliveries(due);
  return due.length;
}
