"use server";

// "Refresh from ChargeAfter" (any role): records what ChargeAfter says beside our status.
import { revalidatePath } from "next/cache";
import { z } from "zod";

import { applicationIdSchema } from "@/lib/applications/get-application";
import { refreshApplicationStatus, RefreshNotPossibleError } from "@/lib/applications/refresh-application-status";
import { defineAction } from "@/lib/auth/action";
import { UserFacingError } from "@/lib/errors/user-facing-error";
import { decideOrderHold, decideOrderHoldSchema } from "@/lib/orders/decide-order-hold";

export type RefreshActionResult = { outcome: "ok" | "failed" };

export const refreshApplicationStatusAction = defineAction(
  "viewOperations",
  z.object({ id: applicationIdSchema }),
  async (input, user): Promise<{ message: string; data: RefreshActionResult }> => {
    try {
      const result = await refreshApplicationStatus(input.id, user);
      revalidatePath(`/applications/${input.id}`);
      if (result.outcome === "ok") {
        return {
          message: `ChargeAfter says: ${result.status.applicationStatus ?? "no status"}.`,
          data: { outcome: "ok" },
        };
      }
      return { message: `The check failed: ${result.message}`, data: { outcome: "failed" } };
    } catch (error) {
      if (error instanceof RefreshNotPossibleError) throw new UserFacingError(error.message);
      throw error;
    }
  },
);

// Reopen or cancel an order on hold (support, admin): audited in decideOrderHold.
export const decideOrderHoldAction = defineAction(
  "decideOrderHold",
  decideOrderHoldSchema.extend({ applicationId: applicationIdSchema }),
  async ({ applicationId, orderId, decision }, user): Promise<{ message: string }> => {
    await decideOrderHold({ orderId, decision }, user);
    revalidatePath(`/applications/${applicationId}`);
    revalidatePath("/orders");
    return { message: decision === "reopen" ? "The order is open again." : "The order is cancelled." };
  },
);
