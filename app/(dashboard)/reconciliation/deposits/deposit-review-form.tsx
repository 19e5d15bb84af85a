"use client";

// Finance's check of one deposit against the bank statement, in its row: the bank reference
// and an optional note, then "Mark matched" or "Flag" (the note is then the reason); a
// reviewed deposit offers "Undo". The answer shows in place.
import { useActionState } from "react";

import { TextField } from "@/components/form-field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import type { ActionState } from "@/lib/auth/action";

import { reviewDepositAction } from "./actions";

const idle: ActionState = { status: "idle" };

// The note is the reason when flagging (the domain names that error "reason").
const FIELDS = [
  { name: "bankReference", label: "Bank reference", max: 200, errorKey: "bankReference" },
  { name: "note", label: "Note (the reason, to flag)", max: 1000, errorKey: "reason" },
] as const;

type Props = { day: string; lenderName: string; reviewed: boolean; label: string };

export function DepositReviewForm({ day, lenderName, reviewed, label }: Props) {
  const [state, action] = useActionState(reviewDepositAction, idle);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const id = `deposit-${day}-${lenderName.replace(/[^A-Za-z0-9]+/g, "-")}`;
  return (
    <form action={action} className="flex min-w-[14rem] flex-col gap-1" aria-label={`Review the deposit of ${label}`}>
      <input type="hidden" name="day" value={day} />
      <input type="hidden" name="lenderName" value={lenderName} />
      {reviewed ? (
        <SubmitButton variant="ghost" size="sm" name="decision" value="undo" pendingLabel="Undoing…">
          Undo
        </SubmitButton>
      ) : (
        <details>
          <summary className="cursor-pointer text-xs font-medium text-accent-700">Match or flag…</summary>
          <div className="mt-1 flex flex-col gap-1">
            {FIELDS.map((field) => (
              <TextField
                key={field.name}
                id={`${id}-${field.name}`}
                name={field.name}
                label={field.label}
                maxLength={field.max}
                errors={errors?.[field.errorKey]}
              />
            ))}
            <div className="flex flex-wrap gap-1">
              <SubmitButton size="sm" name="decision" value="match" pendingLabel="Saving…">
                Mark matched
              </SubmitButton>
              <SubmitButton variant="secondary" size="sm" name="decision" value="flag" pendingLabel="Saving…">
                Flag
              </SubmitButton>
            </div>
          </div>
        </details>
      )}
      <FormMessage state={state} className="text-xs" />
    </form>
  );
}
