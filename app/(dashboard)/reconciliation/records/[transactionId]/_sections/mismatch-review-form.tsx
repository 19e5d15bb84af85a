"use client";

// Finance's work on a mismatch: who takes it, a note of what was done, and "Resolve".
import { useActionState } from "react";

import { FieldErrors, inputClasses } from "@/components/form-field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import type { ActionState } from "@/lib/auth/action";

import { reviewMismatchAction } from "./actions";

const idle: ActionState = { status: "idle" };

type Props = {
  transactionId: string;
  assignees: { id: string; email: string; name: string | null }[];
  assigneeId: string | null;
};

export function MismatchReviewForm({ transactionId, assignees, assigneeId }: Props) {
  const [state, action] = useActionState(reviewMismatchAction, idle);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <form action={action} className="mt-3 space-y-2" aria-label="Work on this mismatch">
      <input type="hidden" name="transactionId" value={transactionId} />
      <div className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="mismatch-assignee" className="mb-1 block text-xs font-medium text-gray-700">
            Assign to
          </label>
          <select
            id="mismatch-assignee"
            name="assigneeId"
            defaultValue={assigneeId ?? ""}
            aria-invalid={errors?.assigneeId ? true : undefined}
            aria-describedby={errors?.assigneeId ? "mismatch-assignee-error" : undefined}
            className={inputClasses}
          >
            <option value="">Choose a finance or admin user…</option>
            {assignees.map((user) => (
              <option key={user.id} value={user.id}>
                {user.name ? `${user.email} (${user.name})` : user.email}
              </option>
            ))}
          </select>
        </div>
        <SubmitButton variant="secondary" size="sm" name="decision" value="assign" pendingLabel="Assigning…">
          Assign
        </SubmitButton>
      </div>
      <FieldErrors id="mismatch-assignee-error" errors={errors?.assigneeId} />
      <div>
        <label htmlFor="mismatch-note" className="mb-1 block text-xs font-medium text-gray-700">
          What was done
        </label>
        <textarea
          id="mismatch-note"
          name="note"
          rows={2}
          maxLength={2000}
          aria-invalid={errors?.note ? true : undefined}
          aria-describedby={errors?.note ? "mismatch-note-error" : undefined}
          className={`${inputClasses} w-full`}
        />
        <FieldErrors id="mismatch-note-error" errors={errors?.note} />
      </div>
      <div className="flex flex-wrap gap-2">
        <SubmitButton variant="secondary" size="sm" name="decision" value="note" pendingLabel="Saving…">
          Save the note
        </SubmitButton>
        <SubmitButton size="sm" name="decision" value="resolve" pendingLabel="Resolving…">
          Mark resolved
        </SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
