// The problem+json body as a schema, for the OpenAPI document (the shape problem.ts writes).
import { z } from "zod";

import { PROBLEM_MEDIA_TYPE, type Problem } from "./problem";

export const problemSchema = z
  .object({
    type: z.string().meta({ example: "/api/v1/problems/invalid-request" }),
    title: z.string().meta({ example: "The request is not valid" }),
    status: z.number().int().meta({ example: 400 }),
    detail: z.string().meta({ example: "Some fields are missing or not valid; see errors." }),
    errors: z
      .array(
        z.object({
          path: z.string().meta({ example: "cart_items.0.unit_price" }),
          message: z.string().meta({ example: "The unit price must have at most two decimals (8.86, not 8.864)." }),
        }),
      )
      .optional()
      .meta({ description: "One entry per field, named as the request named it." }),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details." }) satisfies z.ZodType<Problem>;

const WHEN: Record<number, string> = {
  400: "The body or a parameter is not valid; errors names each field",
  401: "No API key, or one that is unknown or revoked",
  403: "A read key on a write",
  404: "No such record",
  409: "A conflict: the merchant_transaction_id is in use, or the Idempotency-Key was used for another body or is still running",
  413: "The body is too large",
  415: "The body is not JSON",
  422: "WeGetFinancing refused the request; errors has its reasons per field",
  502: "WeGetFinancing could not be reached or answered unreadably; the financing request is kept",
  503: "WeGetFinancing is not configured on the desk",
};

/** The problem answers a route can give, for registerPath's responses. */
export function problemResponses(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: WHEN[status] ?? "A problem", content: { [PROBLEM_MEDIA_TYPE]: { schema: problemSchema } } },
    ]),
  );
}
