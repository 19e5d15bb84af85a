// Staff decide an order WeGetFinancing put in doubt: ship it (reopen) or cancel it.
import "server-only";

import { z } from "zod";

import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { UserFacingError } from "@/lib/errors/user-facing-error";

export const decideOrderHoldSchema = z.object({
  orderId: z.uuid({ error: "The order id is not valid." }),
  decision: z.enum(["reopen", "cancel"], { error: "Choose whether to reopen or cancel the order." }),
});
export type DecideOrderHoldInput = z.input<typeof decideOrderHoldSchema>;

export class OrderHoldError extends UserFacingError {}

/** Only an ON_HOLD order can be decided; the hold reason stays as its history, the decision is audited. */
export async function decideOrderHold(input: DecideOrderHoldInput, actor: Actor) {
  const { orderId, decision } = decideOrderHoldSchema.parse(input);
  return db().$transaction(async (tx) => {
    const [order] = await tx.$queryRaw<{ id: string; status: string; holdReason: string | null }[]>`
      SELECT id::text, status::text, "holdReason" FROM "Order" WHERE id = ${orderId}::uuid FOR UPDATE`;
    if (!order) throw new OrderHoldError("That order no longer exists.");
    if (order.status !== "ON_HOLD")
      throw new OrderHoldError(
        "That order is not on hold: someone decided it already, or WeGetFinancing cancelled it.",
      );
    const updated = await tx.order.update({
      where: { id: order.id },
      data: decision === "reopen" ? { status: "OPEN" } : { status: "CANCELLED", cancelledAt: new Date() },
      select: { id: true, status: true, holdReason: true, cancelledAt: true },
    });
    await recordAudit(tx, actor, {
      action: `order.hold.${decision}`,
      targetType: "order",
      targetId: order.id,
      details: { holdReason: order.holdReason },
    });
    return updated;
  });
}
