// The Shop API's OpenAPI 3.1 document, generated from the zod schemas the routes validate
// and answer with (GET /api/v1/openapi.json, and Settings → API reference).
import "server-only";

import { OpenApiGeneratorV31, OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";

import { registerEventsApi } from "@/lib/events/events-openapi";

import { applicationResourceSchema } from "./application-resource";
import { financingRequestBodySchema, financingRequestCreatedSchema } from "./financing-request-body";
import { financingRequestResourceSchema } from "./financing-request-resource";
import { orderPageQuerySchema, orderPageSchema } from "./find-order-page";
import { IDEMPOTENCY_TTL_HOURS, idempotencyKeySchema } from "./idempotency";
import { problemResponses } from "./problem-schema";
import { MAX_BODY_BYTES } from "./read-json-body";

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

function buildDocument() {
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "apiKey", {
    type: "http",
    scheme: "bearer",
    description: "An API key from Settings → API keys or npm run api-key (fdk_live_…). Read keys may only read.",
  });
  const security = [{ apiKey: [] }];

  registry.registerPath({
    method: "post",
    path: "/api/v1/financing-requests",
    summary: "Create a financing request (WeGetFinancing's Create Request, through the desk)",
    description: `Saves the pending cart, calls WeGetFinancing's Create Request with the desk's postback URL and answers the href for the lightbox. The approved postback later turns the cart into an order. Body at most ${MAX_BODY_BYTES / 1024} KiB. With an Idempotency-Key, the same key and body get the first answer again for ${IDEMPOTENCY_TTL_HOURS} hours. Needs a write key.`,
    security,
    request: {
      headers: z.object({
        "Idempotency-Key": idempotencyKeySchema
          .optional()
          .meta({ description: "Any unique text per checkout attempt (a UUID does)", example: "checkout-7f3c" }),
      }),
      body: { required: true, content: { "application/json": { schema: financingRequestBodySchema } } },
    },
    responses: {
      201: json(financingRequestCreatedSchema, "The request was created; open href in WeGetFinancing's lightbox"),
      ...problemResponses(400, 401, 403, 409, 413, 415, 422, 502, 503),
    },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/financing-requests/{id}",
    summary: "A financing request: its state, cart, application status and order",
    security,
    request: { params: z.object({ id: z.uuid().meta({ description: "The id the POST answered" }) }) },
    responses: { 200: json(financingRequestResourceSchema, "The financing request"), ...problemResponses(401, 404) },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/applications/{id}",
    summary: "An application by our id or the provider's id",
    security,
    request: {
      params: z.object({
        id: z.string().meta({ description: "Our id, WeGetFinancing's request token or ChargeAfter's applicationId" }),
      }),
    },
    responses: { 200: json(applicationResourceSchema, "The application"), ...problemResponses(401, 404) },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/orders",
    summary: "Orders by last change, oldest first, in keyset pages",
    description: "Follow next_cursor until it is null; poll again later with the last cursor or updated_after.",
    security,
    request: { query: orderPageQuerySchema },
    responses: { 200: json(orderPageSchema, "A page of orders"), ...problemResponses(400, 401) },
  });
  registerEventsApi(registry, { security });
  registry.registerPath({
    method: "get",
    path: "/api/v1/openapi.json",
    summary: "This document",
    responses: { 200: { description: "OpenAPI 3.1", content: { "application/json": { schema: z.object({}) } } } },
  });

  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Financing Desk Shop API",
      version: "1",
      description:
        "For the merchant's own checkout and back office. JSON in and out; errors are application/problem+json (RFC 9457) with errors: [{path, message}]. Amounts are decimal strings, times ISO 8601 in UTC.",
    },
    security,
  });
}

let cached: ReturnType<typeof buildDocument> | undefined;

export function shopApiDocument() {
  cached ??= buildDocument();
  return cached;
}
