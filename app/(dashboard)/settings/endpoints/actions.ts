"use server";

// Event endpoints (admins only): add (the secret shown once), remove, enable again, resend one
// or every failed event, send a test event. Each is audited by its domain function.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";

import { defineAction } from "@/lib/auth/action";
import { changeEventEndpoint } from "@/lib/events/change-event-endpoint";
import { createEventEndpoint } from "@/lib/events/create-event-endpoint";
import { endpointIdSchema, eventEndpointFormSchema } from "@/lib/events/endpoint-schemas";
import { resendEventDeliveries } from "@/lib/events/resend-event-deliveries";
import { sendTestEvent } from "@/lib/events/send-test-event";

const ENDPOINTS_PATH = "/settings/endpoints";

/** The new secret travels back once, to be shown once. */
export type CreatedEndpoint = { url: string; secret: string };

export const createEndpointAction = defineAction(
  "manageEventEndpoints",
  eventEndpointFormSchema,
  async (input, user) => {
    const created = await createEventEndpoint(input, user);
    revalidatePath(ENDPOINTS_PATH);
    return { message: `Added ${created.url}.`, data: { url: created.url, secret: created.secret } as CreatedEndpoint };
  },
);

const endpointActionSchema = endpointIdSchema.extend({
  intent: z.enum(["enable", "remove", "test", "resend-failed"]),
  deliveryId: z.uuid().optional(),
});

export const endpointAction = defineAction("manageEventEndpoints", endpointActionSchema, async (input, user) => {
  const { endpointId, intent } = input;
  const path = `${ENDPOINTS_PATH}/${endpointId}`;
  if (intent === "remove") {
    await changeEventEndpoint({ id: endpointId }, "remove", user);
    revalidatePath(ENDPOINTS_PATH);
    redirect(ENDPOINTS_PATH);
  }
  let message: string;
  if (intent === "enable") {
    await changeEventEndpoint({ id: endpointId }, "enable", user);
    message = "Enabled: new events go to it again. Resend the failed ones if the shop needs them.";
  } else if (intent === "test") {
    const id = await sendTestEvent(endpointId, user);
    message = `Sent the test event ${id}; its attempts appear below.`;
  } else {
    const count = await resendEventDeliveries({ endpointId }, user);
    message = count ? `Sending ${count} failed event${count === 1 ? "" : "s"} again.` : "No failed events to resend.";
  }
  revalidatePath(path);
  revalidatePath(ENDPOINTS_PATH);
  return { message };
});

export const resendDeliveryAction = defineAction(
  "manageEventEndpoints",
  endpointIdSchema.extend({ deliveryId: z.uuid() }),
  async (input, user) => {
    await resendEventDeliveries({ endpointId: input.endpointId, deliveryId: input.deliveryId }, user);
    revalidatePath(`${ENDPOINTS_PATH}/${input.endpointId}`);
    return { message: "Sending it again (the same webhook-id)." };
  },
);
