"use client";

// "Send test delivery" and its outcome, shown in place with a link to the delivery log.
import Link from "next/link";
import { useActionState } from "react";

import { SubmitButton } from "@/components/submit-button";
import type { ActionState } from "@/lib/auth/action";
import type { TestDeliveryResult } from "@/lib/settings/send-test-delivery";

import { sendTestDeliveryAction } from "./actions";

const idle: ActionState<TestDeliveryResult> = { status: "idle" };

function describe(result: TestDeliveryResult): { tone: "ok" | "bad"; text: string } {
  if (result.status === 200)
    return {
      tone: "ok",
      text: "Answered 200: received, verified and stored (as an ignored test event; it changes nothing).",
    };
  if (result.status === 0) return { tone: "bad", text: result.error ?? "The receiver could not be reached." };
  return { tone: "bad", text: `Answered ${result.status}${result.error ? `: ${result.error}` : ""}` };
}

export function TestDeliveryButton({ provider, label }: { provider: "WEGETFINANCING" | "CHARGEAFTER"; label: string }) {
  const [state, action] = useActionState(sendTestDeliveryAction, idle);
  const result = state.status === "ok" ? state.data : undefined;
  const outcome = result && describe(result);
  return (
    <div className="space-y-2">
      <form action={action}>
        <input type="hidden" name="provider" value={provider} />
        <SubmitButton pendingLabel="Sending…">Send test delivery</SubmitButton>
      </form>
      <div aria-live="polite">
        {state.status === "error" && <p className="text-sm text-red-800">{state.message}</p>}
        {outcome && result && (
          <p
            className={`rounded-md px-3 py-2 text-sm ring-1 ring-inset ${outcome.tone === "ok" ? "bg-green-50 text-green-900 ring-green-200" : "bg-red-50 text-red-900 ring-red-200"}`}
          >
            {label}: {outcome.text}{" "}
            {result.deliveryId && (
              <Link href={`/deliveries/${result.deliveryId}`} className="font-medium underline">
                See it in the delivery log
              </Link>
            )}
          </p>
        )}
      </div>
    </div>
  );
}
