"use client";

// "Send test alert" and what each channel did, shown in place.
import { useActionState } from "react";

import { SubmitButton } from "@/components/submit-button";
import type { ChannelResult } from "@/lib/alerts/channels/send-alert-message";
import type { ActionState } from "@/lib/auth/action";

import { sendTestAlertAction } from "./alert-channels-actions";

const idle: ActionState<ChannelResult[]> = { status: "idle" };
const CHANNEL_NAMES = { email: "E-mail", webhook: "Webhook" } as const;

export function TestAlertButton() {
  const [state, action] = useActionState(sendTestAlertAction, idle);
  return (
    <div className="space-y-2">
      <form action={action}>
        <SubmitButton pendingLabel="Sending…">Send test alert</SubmitButton>
      </form>
      <div aria-live="polite">
        {state.status === "error" && <p className="text-sm text-red-800">{state.message}</p>}
        {state.status === "ok" && (
          <ul className="space-y-1 text-sm">
            {state.data?.map((result) => (
              <li
                key={result.channel}
                className={`rounded-md px-3 py-2 ring-1 ring-inset ${result.ok ? "bg-green-50 text-green-900 ring-green-200" : "bg-red-50 text-red-900 ring-red-200"}`}
              >
                {CHANNEL_NAMES[result.channel]}: {result.ok ? result.detail : `failed: ${result.detail}`}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
