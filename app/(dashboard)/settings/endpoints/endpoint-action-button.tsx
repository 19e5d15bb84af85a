"use client";

// One button that runs an endpoint action (enable, remove, test, resend) and says how it went.
import { useActionState } from "react";

import type { ButtonVariant } from "@/components/button";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import type { ActionState } from "@/lib/auth/action";

import { endpointAction, resendDeliveryAction } from "./actions";

const idleState: ActionState = { status: "idle" };

type Props = {
  endpointId: string;
  intent: "enable" | "remove" | "test" | "resend-failed" | "resend";
  deliveryId?: string;
  children: string;
  pendingLabel: string;
  variant?: ButtonVariant;
};

export function EndpointActionButton({ endpointId, intent, deliveryId, children, pendingLabel, variant }: Props) {
  const [state, formAction] = useActionState(intent === "resend" ? resendDeliveryAction : endpointAction, idleState);
  return (
    <form action={formAction} className="inline-flex flex-col gap-1">
      <input type="hidden" name="endpointId" value={endpointId} />
      {intent !== "resend" && <input type="hidden" name="intent" value={intent} />}
      {deliveryId && <input type="hidden" name="deliveryId" value={deliveryId} />}
      <SubmitButton size="sm" variant={variant ?? "secondary"} pendingLabel={pendingLabel}>
        {children}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
