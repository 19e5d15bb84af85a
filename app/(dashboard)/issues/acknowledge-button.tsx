"use client";

// The row's "Acknowledge" (support, admin), answered in place.
import { useActionState } from "react";

import { acknowledgeAlertAction } from "@/app/(dashboard)/issues/actions";
import { SubmitButton } from "@/components/submit-button";
import type { ActionState } from "@/lib/auth/action";

const idle: ActionState = { status: "idle" };

export function AcknowledgeButton({ id }: { id: string }) {
  const [state, action] = useActionState(acknowledgeAlertAction, idle);
  return (
    <form action={action} className="flex flex-col items-start gap-1">
      <input type="hidden" name="id" value={id} />
      <SubmitButton size="sm" pendingLabel="Acknowledging…">
        Acknowledge
      </SubmitButton>
      {state.status === "error" && (
        <p role="alert" className="text-xs text-red-700">
          {state.message ?? "Something went wrong."}
        </p>
      )}
    </form>
  );
}
