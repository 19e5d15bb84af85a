// Input schemas for event endpoints, shared by Settings → Event endpoints, `npm run endpoint` and tests.
import { z } from "zod";

import { EVENT_TYPES } from "./event-schemas";

export const endpointUrlSchema = z
  .string({ error: "Enter the endpoint's URL." })
  .trim()
  .min(1, { error: "Enter the endpoint's URL.", abort: true })
  .max(2000, { error: "Use at most 2000 characters.", abort: true })
  .refine(
    (text) => {
      try {
        const url = new URL(text);
        return (url.protocol === "http:" || url.protocol === "https:") && !url.username && !url.password;
      } catch {
        return false;
      }
    },
    { error: "Use an http:// or https:// URL without a user name or password, e.g. https://shop.example/webhooks." },
  );

/** Event types as a list or comma-separated ("order.created,order.cancelled"); none means every type. */
export const eventTypesSchema = z.preprocess(
  (value) =>
    typeof value === "string"
      ? value
          .split(",")
          .map((part) => part.trim())
          .filter(Boolean)
      : value,
  z.array(z.enum(EVENT_TYPES, { error: `Use event types of: ${EVENT_TYPES.join(", ")}.` })),
);

export const createEventEndpointSchema = z.object({ url: endpointUrlSchema, eventTypes: eventTypesSchema.default([]) });

export type CreateEventEndpointInput = z.input<typeof createEventEndpointSchema>;

/** The form's checkboxes are named `type:<event type>`: collected into eventTypes. */
export const eventEndpointFormSchema = z.preprocess((form) => {
  const fields = (form ?? {}) as Record<string, unknown>;
  const eventTypes = Object.keys(fields)
    .filter((name) => name.startsWith("type:"))
    .map((name) => name.slice("type:".length));
  return { url: fields.url, eventTypes };
}, createEventEndpointSchema);

export const endpointIdSchema = z.object({ endpointId: z.uuid({ error: "Not an endpoint." }) });
