"use client";

// Per-user actions that need a second look: disable/enable (confirmed) and reset password.
import { useActionState, useEffect, useState } from "react";

import { Button } from "@/components/button";
import { Dialog } from "@/components/dialog";
import { TextField } from "@/components/form-field";
import { FormMessage } from "@/components/form-message";
import { OneTimeSecret } from "@/components/one-time-secret";
import { SubmitButton } from "@/components/submit-button";
// Type-only: lib/auth/action.ts is server code (it reaches the database).
import type { ActionState } from "@/lib/auth/action";

import { resetPasswordAction, setDisabledAction, type PasswordResult } from "./actions";

const idleState: ActionState = { status: "idle" };
const initialPasswordState: ActionState<PasswordResult> = { status: "idle" };

type UserActionsProps = { userId: string; email: string; disabled: boolean; isSelf: boolean };

export function UserActions({ userId, email, disabled, isSelf }: UserActionsProps) {
  const [dialog, setDialog] = useState<"status" | "password" | null>(null);
  const [message, setMessage] = useState("");
  const close = () => setDialog(null);

  return (
    <div>
      <div className="flex gap-1.5">
        <Button size="sm" onClick={() => setDialog("status")}>
          {disabled ? "Enable" : "Disable"}
          <span className="sr-only"> {email}</span>
        </Button>
        <Button size="sm" onClick={() => setDialog("password")}>
          Reset password<span className="sr-only"> of {email}</span>
        </Button>
      </div>
      <p role="status" className="mt-1 max-w-52 text-xs break-words text-green-800 empty:hidden">
        {message}
      </p>

      <Dialog open={dialog === "status"} onClose={close} title={disabled ? `Enable ${email}?` : `Disable ${email}?`}>
        <ConfirmStatusForm
          userId={userId}
          disable={!disabled}
          onCancel={close}
          onDone={(text) => {
            setMessage(text);
            close();
          }}
        />
      </Dialog>

      <Dialog open={dialog === "password"} onClose={close} title={`Reset the password of ${email}`}>
        <ResetPasswordForm userId={userId} email={email} isSelf={isSelf} onClose={close} />
      </Dialog>
    </div>
  );
}

function ConfirmStatusForm({
  userId,
  disable,
  onCancel,
  onDone,
}: {
  userId: string;
  disable: boolean;
  onCancel: () => void;
  onDone: (message: string) => void;
}) {
  const [state, formAction] = useActionState(setDisabledAction, idleState);
  useEffect(() => {
    if (state.status === "ok") onDone(state.message ?? "Saved.");
  }, [state, onDone]);

  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value={String(disable)} />
      <p className="text-sm text-gray-700">
        {disable
          ? "They are signed out at once and cannot sign in until an admin enables the account again. Their history stays."
          : "They can sign in again with their current password, with the role shown in the table."}
      </p>
      <FormMessage state={state} />
      <div className="flex justify-end gap-2">
        <Button onClick={onCancel}>Cancel</Button>
        <SubmitButton variant={disable ? "danger" : "primary"} pendingLabel={disable ? "Disabling…" : "Enabling…"}>
          {disable ? "Disable account" : "Enable account"}
        </SubmitButton>
      </div>
    </form>
  );
}

function ResetPasswordForm({
  userId,
  email,
  isSelf,
  onClose,
}: {
  userId: string;
  email: string;
  isSelf: boolean;
  onClose: () => void;
}) {
  const [state, formAction] = useActionState(resetPasswordAction, initialPasswordState);
  const id = `password-${userId}`;

  if (state.status === "ok") {
    return (
      <div className="space-y-4">
        <FormMessage state={state} />
        {state.data?.generatedPassword && (
          <OneTimeSecret label={`New password for ${email}`} secret={state.data.generatedPassword} />
        )}
        <div className="flex justify-end">
          <Button variant="primary" onClick={onClose}>
            Done
          </Button>
        </div>
      </div>
    );
  }

  return (
    <form action={formAction} noValidate className="space-y-4">
      <input type="hidden" name="userId" value={userId} />
      <p className="text-sm text-gray-700">
        {isSelf
          ? "This is your own account: type the new password. You will be signed out and sign in again with it."
          : "Their current sessions end and any sign-in lock on the account is lifted."}
      </p>
      <TextField
        label={isSelf ? "New password" : "New password (optional)"}
        name="password"
        id={id}
        type="password"
        autoComplete="new-password"
        required={isSelf}
        hint={isSelf ? "At least 12 characters." : "At least 12 characters. Leave empty to generate one, shown once."}
        errors={state.status === "error" ? state.fieldErrors?.password : undefined}
      />
      <FormMessage state={state} />
      <div className="flex justify-end gap-2">
        <Button onClick={onClose}>Cancel</Button>
        <SubmitButton pendingLabel="Resetting…">Reset password</SubmitButton>
      </div>
    </form>
  );
}
