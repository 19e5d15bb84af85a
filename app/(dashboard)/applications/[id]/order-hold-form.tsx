"use client";

// Staff decide an order on hold: reopen it (ship) or cancel it; the answer shows in place.
import { useActionState } from "react";

import { SubmitButton } from "@/components/submit-button";
import type { ActionState } from "@/lib/auth/action";

import { decideOrderHoldAction } from "./actions";

const idle: ActionState = { status: "idle" };

export function OrderHoldForm({ applicationId, orderId }: { applicationId: string; orderId: string }) {
  const [state, action] = useActionState(decideOrderHoldAction, idle);
  const message = state.status === "idle" ? "" : (state.message ?? "Something went wrong.");
  return (
    <form action={action} className="mt-1 flex flex-wrap items-center gap-2">
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="orderId" value={orderId} />
      <SubmitButton variant="secondary" size="sm" name="decision" value="reopen" pendingLabel="Saving…">
        Reopen the order
      </SubmitButton>
      <SubmitButton variant="secondary" size="sm" name="decision" value="cancel" pendingLabel="Saving…">
        Cancel the order
      </SubmitButton>
      <p
        role="status"
        className={message ? `text-sm ${state.status === "ok" ? "text-green-800" : "text-red-800"}` : "sr-only"}
      >
        {message}
      </p>
    </form>
  );
}
