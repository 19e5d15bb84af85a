"use server";

// Settings → Alert channels: "Send test alert" (admin), each channel's outcome in words.
import { z } from "zod";

import type { ChannelResult } from "@/lib/alerts/channels/send-alert-message";
import { sendTestAlert } from "@/lib/alerts/send-test-alert";
import { defineAction } from "@/lib/auth/action";
import { UserFacingError } from "@/lib/errors/user-facing-error";

export const sendTestAlertAction = defineAction<z.ZodObject, ChannelResult[]>(
  "viewSettings",
  z.object({}),
  async (_input, user) => {
    const results = await sendTestAlert(user);
    if (!results.length) throw new UserFacingError("No alert channel is configured: nothing was sent.");
    const sent = results.filter((result) => result.ok).length;
    return { message: `Sent through ${sent} of ${results.length} channels.`, data: results };
  },
);
