"use server";

// Acknowledge an open issue (support and admin): it stays open until its cause stops.
import { revalidatePath } from "next/cache";

import { acknowledgeAlert, acknowledgeAlertSchema } from "@/lib/alerts/acknowledge-alert";
import { defineAction } from "@/lib/auth/action";

export const acknowledgeAlertAction = defineAction("acknowledgeAlerts", acknowledgeAlertSchema, async (input, user) => {
  await acknowledgeAlert(input, user);
  revalidatePath("/issues");
  return { message: "Acknowledged." };
});
