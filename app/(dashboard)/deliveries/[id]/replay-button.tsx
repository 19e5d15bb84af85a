"use client";

// Replay one delivery (admins) and show what happened, in place.
import { useActionState } from "react";

import { replayDeliveryAction, type ReplayOneResult } from "@/app/(dashboard)/deliveries/actions";
import { SubmitButton } from "@/components/submit-button";
import type { ActionState } from "@/lib/auth/action";

const idle: ActionState<ReplayOneResult> = { status: "idle" };

const tones = {
  success: "bg-green-50 text-green-800 ring-green-200",
  warning: "bg-amber-50 text-amber-950 ring-amber-200",
  danger: "bg-red-50 text-red-800 ring-red-200",
} as const;

export function ReplayButton({ id }: { id: string }) {
  const [state, action] = useActionState(replayDeliveryAction, idle);
  const tone = state.status === "ok" ? (state.data?.tone ?? "success") : "danger";
  const message = state.status === "idle" ? "" : (state.message ?? "Something went wrong.");
  return (
    <form action={action} className="flex flex-col items-end gap-2">
      <input type="hidden" name="id" value={id} />
      <SubmitButton variant="primary" size="sm" pendingLabel="Replaying…">
        Replay
      </SubmitButton>
      <p
        role="status"
        className={message ? `max-w-sm rounded-md px-3 py-2 text-sm ring-1 ring-inset ${tones[tone]}` : "sr-only"}
      >
        {message}
      </p>
    </form>
  );
}
