// A Shop API write under an optional Idempotency-Key: the same key and body get the first
// answer again (from the database, on any instance); the same key with another body 409; a
// second request while the first still runs 409 (try again shortly).
import "server-only";

import type { ApiCaller } from "@/lib/api-keys/authenticate-api-key";

import {
  claimIdempotencyKey,
  idempotencyKeySchema,
  releaseIdempotencyKey,
  requestFingerprint,
  storeIdempotentAnswer,
} from "./idempotency";
import { PROBLEM_MEDIA_TYPE, ProblemError } from "./problem";
import type { ShopAnswer } from "./submit-financing-request";

export async function idempotentWrite(
  request: Request,
  caller: ApiCaller,
  body: unknown,
  work: () => Promise<ShopAnswer>,
): Promise<Response> {
  const header = request.headers.get("idempotency-key");
  if (header === null) return answer(await work());
  const key = idempotencyKeySchema.safeParse(header);
  if (!key.success)
    throw new ProblemError(400, "invalid-request", key.error.issues[0]!.message, [
      { path: "Idempotency-Key", message: key.error.issues[0]!.message },
    ]);
  const scope = { apiKeyId: caller.id, key: key.data };
  const claim = await claimIdempotencyKey(
    scope,
    requestFingerprint(request.method, new URL(request.url).pathname, body),
  );
  if (claim.kind === "replay")
    return answer({ status: claim.status, body: claim.body }, { "idempotent-replayed": "true" });
  if (claim.kind === "other-request")
    throw new ProblemError(
      409,
      "idempotency-key-reused",
      "This Idempotency-Key was sent before with another body; use a new key for a new request.",
    );
  if (claim.kind === "in-progress")
    throw new ProblemError(
      409,
      "idempotency-key-in-use",
      "The first request with this Idempotency-Key has not finished; try again in a moment.",
      undefined,
      { "retry-after": "1" },
    );
  let result: ShopAnswer;
  try {
    result = await work();
  } catch (error) {
    await releaseIdempotencyKey(scope);
    throw error;
  }
  await storeIdempotentAnswer(scope, result.status, result.body);
  return answer(result);
}

function answer({ status, body }: ShopAnswer, headers: Record<string, string> = {}): Response {
  return Response.json(body, {
    status,
    headers: { ...(status >= 400 ? { "content-type": PROBLEM_MEDIA_TYPE } : {}), ...headers },
  });
}
