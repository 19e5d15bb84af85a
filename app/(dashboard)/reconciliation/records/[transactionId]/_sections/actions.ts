"use server";

// Finance assigns, notes or resolves a mismatched funding record (audited in the domain).
import { revalidatePath } from "next/cache";

import { defineAction } from "@/lib/auth/action";
import { mismatchReviewSchema, reviewMismatch } from "@/lib/reconciliation/review-mismatch";

export const reviewMismatchAction = defineAction("syncFunding", mismatchReviewSchema, async (input, user) => {
  const message = await reviewMismatch(input, user);
  revalidatePath(`/reconciliation/records/${encodeURIComponent(input.transactionId)}`);
  return { message };
});
