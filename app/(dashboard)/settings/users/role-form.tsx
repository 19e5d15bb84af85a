"use client";

// Change one user's role: a select and a Save button, the outcome right beside them.
import { useActionState } from "react";

import { inputClasses } from "@/components/form-field";
import { SubmitButton } from "@/components/submit-button";
// Type-only: lib/auth/action.ts is server code (it reaches the database).
import type { ActionState } from "@/lib/auth/action";
import type { Role } from "@/lib/db/generated/enums";

import { changeRoleAction } from "./actions";
import { RoleOptions } from "./role-options";

const idleState: ActionState = { status: "idle" };

export function RoleForm({ userId, email, role }: { userId: string; email: string; role: Role }) {
  const [state, formAction] = useActionState(changeRoleAction, idleState);
  const id = `role-${userId}`;
  return (
    <form action={formAction} className="max-w-52">
      <input type="hidden" name="userId" value={userId} />
      <div className="flex items-center gap-1.5">
        <label htmlFor={id} className="sr-only">
          Role of {email}
        </label>
        {/* keyed by the saved role, so a saved change becomes the new default */}
        <select key={role} id={id} name="role" defaultValue={role} className={`${inputClasses} h-8 w-28 py-1`}>
          <RoleOptions />
        </select>
        <SubmitButton size="sm" variant="secondary" pendingLabel="Saving…">
          Save
        </SubmitButton>
      </div>
      <p role="status" className="mt-1 text-xs break-words text-green-800 empty:hidden">
        {state.status === "ok" ? state.message : ""}
      </p>
      <p role="alert" className="mt-1 text-xs font-medium break-words text-red-700 empty:hidden">
        {state.status === "error" ? (state.fieldErrors?.role?.join(" ") ?? state.message) : ""}
      </p>
    </form>
  );
}
