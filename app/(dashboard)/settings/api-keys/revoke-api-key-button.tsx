"use client";

// Revoke one key, after a second look: the shop using it is refused at once.
import { useActionState, useState } from "react";

import { Button } from "@/components/button";
import { Dialog } from "@/components/dialog";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import type { ActionState } from "@/lib/auth/action";

import { revokeApiKeyAction } from "./actions";

const idleState: ActionState = { status: "idle" };

export function RevokeApiKeyButton({ name }: { name: string }) {
  const [open, setOpen] = useState(false);
  const [state, formAction] = useActionState(revokeApiKeyAction, idleState);
  return (
    <>
      <Button size="sm" variant="danger" onClick={() => setOpen(true)}>
        Revoke<span className="sr-only"> {name}</span>
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={`Revoke the key "${name}"?`}>
        <form action={formAction} className="space-y-4">
          <input type="hidden" name="name" value={name} />
          <p className="text-sm text-gray-700">
            Every request with this key is refused (401) from now on. This cannot be undone: the shop needs a new key.
          </p>
          <FormMessage state={state} />
          <div className="flex justify-end gap-2">
            <Button onClick={() => setOpen(false)}>Cancel</Button>
            <SubmitButton variant="danger" pendingLabel="Revoking…">
              Revoke key
            </SubmitButton>
          </div>
        </form>
      </Dialog>
    </>
  );
}
