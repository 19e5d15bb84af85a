"use server";

// Finance matches a deposit with the bank reference, flags it, or undoes either (audited).
import { revalidatePath } from "next/cache";
import { z } from "zod";

import { defineAction } from "@/lib/auth/action";
import { appTimeZone } from "@/lib/format/format-date-time";
import { reviewDeposit } from "@/lib/reconciliation/review-deposit";

// One form, three buttons: the note field is the flag's reason.
const formSchema = z.object({
  day: z.string(),
  lenderName: z.string(),
  decision: z.enum(["match", "flag", "undo"], { error: "Choose to match, flag or undo." }),
  bankReference: z.string().optional(),
  note: z.string().optional(),
});

export const reviewDepositAction = defineAction("syncFunding", formSchema, async (form, user) => {
  const { day, lenderName, decision, bankReference = "", note = "" } = form;
  const input =
    decision === "match"
      ? { day, lenderName, decision, bankReference, note }
      : decision === "flag"
        ? { day, lenderName, decision, reason: note }
        : { day, lenderName, decision };
  const message = await reviewDeposit(input, user, appTimeZone());
  revalidatePath("/reconciliation/deposits");
  return { message };
});
