"use server";

// Settings actions (admins only).
import { z } from "zod";

import { defineAction } from "@/lib/auth/action";
import { sendTestDelivery, type TestDeliveryResult } from "@/lib/settings/send-test-delivery";

export const sendTestDeliveryAction = defineAction(
  "viewSettings",
  z.object({ provider: z.enum(["WEGETFINANCING", "CHARGEAFTER"], { error: "Unknown provider." }) }),
  async ({ provider }, user) => {
    const result = await sendTestDelivery(provider, user);
    return { data: result satisfies TestDeliveryResult };
  },
);
