"use client";

// Erase the customer's personal data (admin), after a confirmation that says what goes and what stays.
import { useActionState, useState } from "react";

import { Button } from "@/components/button";
import { Dialog } from "@/components/dialog";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import type { ActionState } from "@/lib/auth/action";

import { eraseCustomerAction } from "./erase-actions";

const idle: ActionState = { status: "idle" };

export function EraseCustomerButton({ applicationId, customer }: { applicationId: string; customer: string | null }) {
  const [open, setOpen] = useState(false);
  const [state, formAction] = useActionState(eraseCustomerAction, idle);
  const who = customer ?? "this application's customer";
  return (
    <>
      <Button size="sm" variant="danger" onClick={() => setOpen(true)}>
        Erase customer data
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={`Erase the personal data of ${who}?`}>
        <form action={formAction} className="space-y-4">
          <input type="hidden" name="applicationId" value={applicationId} />
          <p className="text-sm text-gray-700">
            Names, e-mail, phone and addresses are erased from every application with this e-mail, its financing
            requests, orders, funding records and disputes, and the stored delivery bodies and event payloads that
            contain them. Amounts, ids and statuses are kept. This cannot be undone.
          </p>
          <FormMessage state={state} />
          <div className="flex justify-end gap-2">
            <Button onClick={() => setOpen(false)}>Cancel</Button>
            <SubmitButton variant="danger" pendingLabel="Erasing…">
              Erase personal data
            </SubmitButton>
          </div>
        </form>
      </Dialog>
    </>
  );
}
