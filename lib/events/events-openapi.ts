// The events feed and the outbound events in the Shop API's OpenAPI document, from the same
// zod schemas the outbox and the feed use. The Shop API's document calls registerEventsApi.
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";

import { EVENT_TYPES, eventEnvelopeSchema } from "./event-schemas";
import { eventsFeedPageSchema, eventsFeedQuerySchema } from "./events-feed-schema";

type Options = { security?: Record<string, string[]>[] };

const SIGNATURE_HEADERS = z.object({
  "webhook-id": z.string().meta({ description: "The event's id, the same on every attempt" }),
  "webhook-timestamp": z.string().meta({ description: "Unix seconds of this attempt" }),
  "webhook-signature": z
    .string()
    .meta({ description: 'v1,<base64 HMAC-SHA256 of "id.timestamp.body" with the secret\'s bytes>' }),
});

export function registerEventsApi(registry: OpenAPIRegistry, options: Options = {}): void {
  registry.registerPath({
    method: "get",
    path: "/api/v1/events",
    summary: "The outbound events in order (a feed for shops that poll)",
    description:
      "Keyset pages in the order the events were committed. Keep next_cursor and ask again with after= to get only newer events.",
    security: options.security,
    request: { query: eventsFeedQuerySchema },
    responses: {
      200: { description: "A page of events", content: { "application/json": { schema: eventsFeedPageSchema } } },
      400: { description: "A bad query parameter (application/problem+json)" },
      401: { description: "No or a revoked API key" },
    },
  });
  for (const type of EVENT_TYPES) {
    registry.registerWebhook({
      method: "post",
      path: type,
      summary: `${type} (sent to each event endpoint that takes it)`,
      request: {
        headers: SIGNATURE_HEADERS,
        body: { content: { "application/json": { schema: eventEnvelopeSchema(type) } } },
      },
      responses: { 200: { description: "Any 2xx within 15 s counts as received" } },
    });
  }
}
