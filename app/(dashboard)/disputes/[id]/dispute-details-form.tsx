"use client";

// Staff enter or correct what the provider did not send: amount, reason, response due
// date, outcome and a resolution note. Errors in words beside each field; after an
// error the form keeps what was typed.
import { useActionState, useState } from "react";

import { FieldErrors, inputClasses, TextField } from "@/components/form-field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import type { ActionState } from "@/lib/auth/action";

import { updateDisputeDetailsAction } from "./actions";

/** The form's fields as text, as the inputs hold them. */
export type DisputeDetailsValues = {
  amount: string;
  reason: string;
  responseDueOn: string;
  outcome: string;
  resolutionNote: string;
};
const NAMES = ["amount", "reason", "responseDueOn", "outcome", "resolutionNote"] as const;

const idle: ActionState = { status: "idle" };

export function DisputeDetailsForm({ id, values }: { id: string; values: DisputeDetailsValues }) {
  const [typed, setTyped] = useState<DisputeDetailsValues | null>(null);
  const [state, action] = useActionState(async (previous: ActionState, formData: FormData) => {
    const result = await updateDisputeDetailsAction(previous, formData);
    setTyped(result.status === "error" ? readValues(formData) : null);
    return result;
  }, idle);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const shown = typed ?? values;
  const field = (name: keyof DisputeDetailsValues) => ({
    name,
    id: `dispute-${name}`,
    defaultValue: shown[name],
    errors: errors?.[name],
  });

  return (
    // A new key after each answer: the inputs show what is stored now (or what was typed).
    <form key={JSON.stringify(shown)} action={action} noValidate className="grid gap-3 sm:grid-cols-2">
      <input type="hidden" name="id" value={id} />
      <TextField label="Amount (USD)" inputMode="decimal" hint="Such as 249.99." {...field("amount")} />
      <TextField
        label="Response due date"
        type="date"
        hint="The day the response must reach the lender (by its end)."
        {...field("responseDueOn")}
      />
      <TextField label="Reason" hint="As the lender or customer gave it." {...field("reason")} />
      <TextField
        label="Outcome"
        hint="Leave empty while it is open. An outcome closes it here."
        {...field("outcome")}
      />
      <div className="sm:col-span-2">
        <label htmlFor="dispute-resolutionNote" className="mb-1 block text-sm font-medium text-gray-800">
          Resolution note
        </label>
        <textarea
          id="dispute-resolutionNote"
          name="resolutionNote"
          rows={3}
          defaultValue={shown.resolutionNote}
          className={`${inputClasses} block w-full`}
          aria-invalid={errors?.resolutionNote ? true : undefined}
          aria-describedby={errors?.resolutionNote ? "dispute-resolutionNote-error" : undefined}
        />
        <FieldErrors id="dispute-resolutionNote-error" errors={errors?.resolutionNote} />
      </div>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <SubmitButton pendingLabel="Saving…">Save dispute details</SubmitButton>
        <FormMessage state={state} />
      </div>
    </form>
  );
}

function readValues(formData: FormData): DisputeDetailsValues {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  return Object.fromEntries(NAMES.map((name) => [name, text(name)])) as DisputeDetailsValues;
}
