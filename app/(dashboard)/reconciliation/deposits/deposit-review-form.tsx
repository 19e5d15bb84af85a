"use client";

// Finance's check of one deposit against the bank statement, in its row: the bank reference
// and an optional note, then "Mark matched" or "Flag" (the note is then the reason); a
// reviewed deposit offers "Undo". The answer shows in place.
import { useActionState } from "react";

import { FieldErrors, inputClasses } from "@/components/form-field";
import { SubmitButton } from "@/components/submit-button";
import type { ActionState } from "@/lib/auth/action";

import { reviewDepositAction } from "./actions";

const idle: ActionState = { status: "idle" };

type Props = { day: string; lenderName: string; reviewed: boolean; label: string };

export function DepositReviewForm({ day, lenderName, reviewed, label }: Props) {
  const [state, action] = useActionState(reviewDepositAction, idle);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const message = state.status === "idle" ? "" : (state.message ?? "Something went wrong.");
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
            <label htmlFor={`${id}-ref`} className="text-xs text-gray-700">
              Bank reference
            </label>
            <input
              id={`${id}-ref`}
              name="bankReference"
              maxLength={200}
              aria-invalid={errors?.bankReference ? true : undefined}
              aria-describedby={errors?.bankReference ? `${id}-ref-error` : undefined}
              className={`${inputClasses} text-xs`}
            />
            <FieldErrors id={`${id}-ref-error`} errors={errors?.bankReference} />
            <label htmlFor={`${id}-note`} className="text-xs text-gray-700">
              Note (the reason, to flag)
            </label>
            <input
              id={`${id}-note`}
              name="note"
              maxLength={1000}
              aria-invalid={errors?.reason ? true : undefined}
              aria-describedby={errors?.reason ? `${id}-note-error` : undefined}
              className={`${inputClasses} text-xs`}
            />
            <FieldErrors id={`${id}-note-error`} errors={errors?.reason} />
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
      <p
        role="status"
        className={message ? `text-xs ${state.status === "ok" ? "text-green-800" : "text-red-800"}` : "sr-only"}
      >
        {message}
      </p>
    </form>
  );
}
