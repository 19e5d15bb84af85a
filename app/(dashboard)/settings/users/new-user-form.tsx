"use client";

// "New user": email, optional name, role, optional password (generated and shown once when empty).
import { useActionState, useState } from "react";

import { SelectField, TextField } from "@/components/form-field";
import { FormMessage } from "@/components/form-message";
import { OneTimeSecret } from "@/components/one-time-secret";
import { SubmitButton } from "@/components/submit-button";
import type { ActionState } from "@/lib/auth/action";

import { createUserAction, type PasswordResult } from "./actions";
import { RoleOptions } from "./role-options";

type Values = { email?: string; name?: string; role?: string };

const initialState: ActionState<PasswordResult> = { status: "idle" };

export function NewUserForm() {
  // After an error the form is drawn again with what was typed (except the password).
  const [values, setValues] = useState<Values>({});
  const [attempt, setAttempt] = useState(0);
  const [state, formAction] = useActionState(async (previous: ActionState<PasswordResult>, formData: FormData) => {
    const result = await createUserAction(previous, formData);
    setValues(
      result.status === "error"
        ? { email: text(formData, "email"), name: text(formData, "name"), role: text(formData, "role") }
        : {},
    );
    setAttempt((n) => n + 1);
    return result;
  }, initialState);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const created = state.status === "ok" ? state.data : undefined;
  // A field's name, id, what was typed before an error, and its errors.
  const field = (name: keyof Values) => ({
    name,
    id: `new-user-${name}`,
    defaultValue: values[name],
    errors: errors?.[name],
  });

  return (
    <div className="space-y-3">
      <form
        key={attempt}
        action={formAction}
        noValidate
        className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[2fr_1.5fr_1fr_2fr_auto] lg:items-start"
      >
        <TextField label="Email" type="email" autoComplete="off" required {...field("email")} />
        <TextField label="Name (optional)" autoComplete="off" {...field("name")} />
        <SelectField label="Role" {...field("role")} defaultValue={values.role ?? "SUPPORT"}>
          <RoleOptions />
        </SelectField>
        <TextField
          label="Password (optional)"
          name="password"
          id="new-user-password"
          type="password"
          autoComplete="new-password"
          hint="At least 12 characters. Leave empty to generate one."
          errors={errors?.password}
        />
        <div className="lg:pt-6">
          <SubmitButton pendingLabel="Creating…">Create user</SubmitButton>
        </div>
      </form>
      <FormMessage state={state} />
      {created?.generatedPassword && (
        <OneTimeSecret label={`Generated password for ${created.email}`} secret={created.generatedPassword} />
      )}
    </div>
  );
}

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}
