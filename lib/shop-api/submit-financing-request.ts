// POST /api/v1/financing-requests after its body is read: the desk's createFinancingRequest
// (pending cart first, then Create Request with the desk's postback URL), its outcome as the
// Shop API answers it. WeGetFinancing's refusal (nothing created there; the cart is kept marked refused)
// is 422 with its reasons per field; an unknown outcome is 502 and the cart is kept, since an
// approval may still come for it.
import "server-only";

import type { Actor } from "@/lib/audit/actor";
import { env } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { cartTotals, createFinancingRequest } from "@/lib/financing-requests/create-financing-request";
import { wgfApiConfig } from "@/lib/providers/wegetfinancing/api-config";
import { RECEIVER_PATHS } from "@/lib/settings/public-base-url";

import type { FinancingRequestCreated } from "./financing-request-body";
import { problemBody, type FieldProblem } from "./problem";
import { shopFieldName, type ReadBody } from "./read-financing-request-body";

export type ShopAnswer = { status: number; body: unknown };

type Options = { fetch?: typeof fetch };

export async function submitFinancingRequest(
  { input, request, names, returnUrls }: ReadBody,
  actor: Actor,
  options: Options = {},
): Promise<ShopAnswer> {
  if (!wgfApiConfig(env()))
    return problem(
      503,
      "not-configured",
      "WeGetFinancing is not configured on the desk (WGF_MERCHANT_ID, WGF_USERNAME, WGF_PASSWORD).",
    );
  const merchantTransactionId = request.merchantTransactionId!;
  // A request WeGetFinancing refused may be sent again; any other use of the id is a conflict.
  const used = await cartOf(merchantTransactionId);
  if (used && !used.refusedAt) return alreadyUsed(merchantTransactionId, used.id);

  const result = await createFinancingRequest(input, actor, {
    postbackUrl: postbackUrl(),
    returnUrls: { successUrl: returnUrls.success_url, failureUrl: returnUrls.failure_url },
    fetch: options.fetch,
  });
  if (result.ok)
    return {
      status: 201,
      body: {
        id: result.pendingCartId,
        merchantTransactionId: result.merchantTransactionId,
        href: result.financingUrl,
        requestToken: result.requestToken,
        amount: cartTotals(request).total.toFixed(2),
        status: "waiting",
      } satisfies FinancingRequestCreated,
    };
  // Another request took the id between our check and its insert.
  if (result.kind === "duplicate") return alreadyUsed(merchantTransactionId, (await cartOf(merchantTransactionId))?.id);
  if (result.kind === "not-configured") return problem(503, "not-configured", result.message);
  if (result.kind === "unavailable")
    return problem(
      502,
      "provider-unavailable",
      `${result.message} The financing request is kept as ${result.pendingCartId}: an approval for it is still applied. Send a new merchant_transaction_id to try again.`,
    );
  const errors: FieldProblem[] = Object.entries(result.fieldErrors ?? {}).flatMap(([field, messages]) =>
    messages.map((message) => ({ path: shopFieldName(field.split("."), names), message })),
  );
  return problem(422, "provider-refused", result.message, errors);
}

function cartOf(merchantTransactionId: string) {
  return db().pendingCart.findUnique({ where: { merchantTransactionId }, select: { id: true, refusedAt: true } });
}

function alreadyUsed(merchantTransactionId: string, id: string | undefined): ShopAnswer {
  return problem(
    409,
    "conflict",
    `The merchant_transaction_id ${merchantTransactionId} was used already${id ? ` (financing request ${id})` : ""}; send a new one.`,
    [{ path: "merchant_transaction_id", message: "Already used by another financing request." }],
  );
}

function problem(...args: Parameters<typeof problemBody>): ShopAnswer {
  return { status: args[0], body: problemBody(...args) };
}

/** The postback address is the configured public one: never built from a caller's headers. */
function postbackUrl(): string {
  const base = env().PUBLIC_BASE_URL?.replace(/\/+$/, "") ?? `http://localhost:${env().PORT}`;
  return `${base}${RECEIVER_PATHS.WEGETFINANCING}`;
}
