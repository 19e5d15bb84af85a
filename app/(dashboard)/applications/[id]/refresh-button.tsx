"use client";

// Asks ChargeAfter for its view of the application and says what happened, in place.
import { useActionState } from "react";

import { SubmitButton } from "@/components/submit-button";
import type { ActionState } from "@/lib/auth/action";

import { refreshApplicationStatusAction, type RefreshActionResult } from "./actions";

const idle: ActionState<RefreshActionResult> = { status: "idle" };

export function RefreshButton({ id }: { id: string }) {
  const [state, action] = useActionState(refreshApplicationStatusAction, idle);
  const ok = state.status === "ok" && state.data?.outcome === "ok";
  const message = state.status === "idle" ? "" : (state.message ?? "Something went wrong.");
  return (
    <form action={action} className="flex flex-col items-end gap-2">
      <input type="hidden" name="id" value={id} />
      <SubmitButton variant="secondary" size="sm" pendingLabel="Asking ChargeAfter…">
        Refresh from ChargeAfter
      </SubmitButton>
      <p
        role="status"
        className={
          message
            ? `max-w-sm rounded-md px-3 py-2 text-sm ring-1 ring-inset ${ok ? "bg-green-50 text-green-800 ring-green-200" : "bg-red-50 text-red-800 ring-red-200"}`
            : "sr-only"
        }
      >
        {message}
      </p>
    </form>
  );
}
