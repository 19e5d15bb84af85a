"use client";

import { useActionState, useState } from "react";

import { TextField } from "@/components/form-field";
import { SubmitButton } from "@/components/submit-button";

import { signInAction, type SignInState } from "./actions";

export function LoginForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string }) {
  // Each failed attempt draws the form again with the email kept and the password empty.
  const [attempt, setAttempt] = useState(0);
  const [state, formAction] = useActionState(
    async (previous: SignInState, formData: FormData) => {
      const result = await signInAction(previous, formData);
      setAttempt((n) => n + 1);
      return result;
    },
    { error: initialError } satisfies SignInState,
  );
  return (
    <form key={attempt} action={formAction} className="space-y-4">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <p
        role="alert"
        className={
          state.error ? "rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200 ring-inset" : "sr-only"
        }
      >
        {state.error}
      </p>
      <TextField
        label="Email"
        name="email"
        id="email"
        type="email"
        autoComplete="username"
        inputMode="email"
        autoCapitalize="none"
        spellCheck={false}
        required
        autoFocus={!state.email}
        defaultValue={state.email}
      />
      <TextField
        label="Password"
        name="password"
        id="password"
        type="password"
        autoComplete="current-password"
        required
        autoFocus={Boolean(state.email)}
      />
      <SubmitButton className="w-full" pendingLabel="Signing in…">
        Sign in
      </SubmitButton>
    </form>
  );
}
