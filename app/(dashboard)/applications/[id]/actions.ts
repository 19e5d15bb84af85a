"use server";

// "Refresh from ChargeAfter" (any role): records what ChargeAfter says beside our status.
import { revalidatePath } from "next/cache";
import { z } from "zod";

import { applicationIdSchema } from "@/lib/applications/get-application";
import { refreshApplicationStatus, RefreshNotPossibleError } from "@/lib/applications/refresh-application-status";
import { ActionError, defineAction } from "@/lib/auth/action";
import { decideOrderHold, decideOrderHoldSchema, OrderHoldError } from "@/lib/orders/decide-order-hold";

export type RefreshActionResult = { outcome: "ok" | "failed" };

export const refreshApplicationStatusAction = defineAction(
  "viewOperations",
  z.object({ id: applicationIdSchema }),
  async (input, user): Promise<{ message: string; data: RefreshActionResult }> => {
    try {
      const result = await refreshApplicationStatus(input.id, { id: user.id, email: user.email });
      revalidatePath(`/applications/${input.id}`);
      if (result.outcome === "ok") {
        return {
          message: `ChargeAfter says: ${result.status.applicationStatus ?? "no status"}.`,
          data: { outcome: "ok" },
        };
      }
      return { message: `The check failed: ${result.message}`, data: { outcome: "failed" } };
    } catch (error) {
      if (error instanceof RefreshNotPossibleError) throw new ActionError(error.message);
      throw error;
    }
  },
);

// Reopen or cancel an order on hold (support, admin): audited in decideOrderHold.
export const decideOrderHoldAction = defineAction(
  "decideOrderHold",
  decideOrderHoldSchema.extend({ applicationId: applicationIdSchema }),
  async ({ applicationId, orderId, decision }, user): Promise<{ message: string }> => {
    try {
      await decideOrderHold({ orderId, decision }, { id: user.id, email: user.email });
    } catch (error) {
      if (error instanceof OrderHoldError) throw new ActionError(error.message);
      throw error;
    }
    revalidatePath(`/applications/${applicationId}`);
    revalidatePath("/orders");
    return { message: decision === "reopen" ? "The order is open again." : "The order is cancelled." };
  },
);
