// The events feed's query (GET /api/v1/events) and answer, shared by the route, the domain and OpenAPI.
import { z } from "zod";

import { outboundEventSchema } from "./event-schemas";

export const FEED_LIMIT_MAX = 200;

export const eventsFeedQuerySchema = z.object({
  after: z
    .string()
    .trim()
    .regex(/^\d{1,18}$/, { error: "after must be a cursor from an earlier page (digits)" })
    .optional()
    .meta({ description: "next_cursor of the previous page; unset: from the first event" }),
  limit: z.coerce
    .number({ error: `limit must be a whole number from 1 to ${FEED_LIMIT_MAX}` })
    .int({ error: `limit must be a whole number from 1 to ${FEED_LIMIT_MAX}` })
    .min(1, { error: `limit must be a whole number from 1 to ${FEED_LIMIT_MAX}` })
    .max(FEED_LIMIT_MAX, { error: `limit must be a whole number from 1 to ${FEED_LIMIT_MAX}` })
    .default(50),
});

export const eventsFeedPageSchema = z
  .object({
    data: z.array(outboundEventSchema),
    next_cursor: z.string().nullable().meta({
      description:
        "Pass as after= for the next page: the last event's place, kept on the last page too (null only when there is no event yet)",
    }),
  })
  .meta({ id: "OutboundEventPage" });
