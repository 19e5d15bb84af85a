"use server";

// Financing requests for phone and in-store sales (support, finance and admin).
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";

import { defineAction } from "@/lib/auth/action";
import { UserFacingError } from "@/lib/errors/user-facing-error";
import { createFinancingRequest } from "@/lib/financing-requests/create-financing-request";
import { financingRequestSchema } from "@/lib/financing-requests/financing-request-schema";
import { recordLinkCopy, recordLinkCopySchema } from "@/lib/financing-requests/record-link-copy";
import { unflattenForm } from "@/lib/financing-requests/unflatten-form";
import { publicBaseUrl, RECEIVER_PATHS } from "@/lib/settings/public-base-url";

export const createFinancingRequestAction = defineAction(
  "createFinancingRequest",
  z.preprocess((form) => unflattenForm(form as Record<string, unknown>), financingRequestSchema),
  async (input, user) => {
    const postbackUrl = `${publicBaseUrl(await headers())}${RECEIVER_PATHS.WEGETFINANCING}`;
    const result = await createFinancingRequest(input, user, { postbackUrl });
    if (!result.ok) throw new UserFacingError(result.message, result.fieldErrors);
    redirect(`/financing-requests/${result.pendingCartId}`);
  },
);

/** The copy button on a request's page: the first copy of the customer's link is kept. */
export const recordLinkCopyAction = defineAction("viewOperations", recordLinkCopySchema, async (input) => {
  await recordLinkCopy(input);
});
