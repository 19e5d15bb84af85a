"use client";

// "New API key": a name and a scope; the key is shown once, below the form.
import { useActionState } from "react";

import { SelectField, TextField } from "@/components/form-field";
import { FormMessage } from "@/components/form-message";
import { OneTimeSecret } from "@/components/one-time-secret";
import { SubmitButton } from "@/components/submit-button";
import type { ActionState } from "@/lib/auth/action";

import { createApiKeyAction, type CreatedKey } from "./actions";

const initialState: ActionState<CreatedKey> = { status: "idle" };

export function NewApiKeyForm() {
  const [state, formAction] = useActionState(createApiKeyAction, initialState);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const created = state.status === "ok" ? state.data : undefined;
  return (
    <div className="space-y-3">
      <form action={formAction} noValidate className="grid gap-3 sm:grid-cols-[2fr_1fr_auto] sm:items-start">
        <TextField
          label="Name"
          name="name"
          id="api-key-name"
          autoComplete="off"
          hint="What uses it, e.g. Main shop."
          required
          errors={errors?.name}
        />
        <SelectField label="Scope" name="scope" id="api-key-scope" defaultValue="write" errors={errors?.scope}>
          <option value="write">Write: create financing requests, and read</option>
          <option value="read">Read only</option>
        </SelectField>
        <div className="sm:pt-6">
          <SubmitButton pendingLabel="Creating…">Create key</SubmitButton>
        </div>
      </form>
      <FormMessage state={state} />
      {created && (
        <OneTimeSecret label={`Key for ${created.name}`} secret={created.key} regionLabel="The new key">
          Shown this once: the desk keeps only its hash. Put it in the shop server&apos;s configuration and send it as{" "}
          <code>Authorization: Bearer &lt;key&gt;</code>.
        </OneTimeSecret>
      )}
    </div>
  );
}
