"use client";

// "Add an endpoint": its URL and the event types it takes (none ticked: all); the secret is shown once.
import { useActionState } from "react";

import { TextField } from "@/components/form-field";
import { FormMessage } from "@/components/form-message";
import { OneTimeSecret } from "@/components/one-time-secret";
import { SubmitButton } from "@/components/submit-button";
import type { ActionState } from "@/lib/auth/action";
import { EVENT_TYPES } from "@/lib/events/event-schemas";

import { createEndpointAction, type CreatedEndpoint } from "./actions";

const initialState: ActionState<CreatedEndpoint> = { status: "idle" };

export function NewEndpointForm() {
  const [state, formAction] = useActionState(createEndpointAction, initialState);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const created = state.status === "ok" ? state.data : undefined;
  return (
    <div className="space-y-3">
      <form action={formAction} noValidate className="space-y-3">
        <TextField
          label="URL"
          name="url"
          id="endpoint-url"
          type="url"
          autoComplete="off"
          hint="Where the shop takes events, e.g. https://shop.example/webhooks/financing."
          required
          errors={errors?.url}
        />
        <fieldset>
          <legend className="text-sm font-medium text-gray-900">Event types (none ticked: every type)</legend>
          <div className="mt-1 grid gap-1 sm:grid-cols-3">
            {EVENT_TYPES.map((type) => (
              <label key={type} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name={`type:${type}`} />
                <code className="text-xs">{type}</code>
              </label>
            ))}
          </div>
          {errors?.eventTypes && <p className="mt-1 text-sm text-red-700">{errors.eventTypes.join(" ")}</p>}
        </fieldset>
        <SubmitButton pendingLabel="Adding…">Add endpoint</SubmitButton>
      </form>
      <FormMessage state={state} />
      {created && (
        <OneTimeSecret
          label={`Signing secret for ${created.url}`}
          secret={created.secret}
          regionLabel="The endpoint's secret"
        >
          Shown this once. The shop verifies each event&apos;s <code>webhook-signature</code> with it (Standard
          Webhooks, e.g. <code>new Webhook(secret).verify(body, headers)</code>).
        </OneTimeSecret>
      )}
    </div>
  );
}
