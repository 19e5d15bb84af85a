"use server";

// Staff enter a dispute's amount, reason, response due date, outcome and resolution note
// (support, admin): audited in updateDisputeDetails.
import { revalidatePath } from "next/cache";

import { defineAction } from "@/lib/auth/action";
import { disputeFactLabels } from "@/lib/disputes/dispute-labels";
import { disputeDetailsSchema, updateDisputeDetails } from "@/lib/disputes/update-dispute-details";
import { appTimeZone } from "@/lib/format/format-date-time";

export const updateDisputeDetailsAction = defineAction(
  "editDispute",
  disputeDetailsSchema,
  async (input, user): Promise<{ message: string }> => {
    const { changed } = await updateDisputeDetails(input, user, { timeZone: appTimeZone() });
    if (!changed.length) return { message: "Nothing changed." };
    revalidatePath(`/disputes/${input.id}`);
    revalidatePath("/disputes");
    return { message: `Saved the ${changed.map((field) => disputeFactLabels[field]).join(", ")}.` };
  },
);
