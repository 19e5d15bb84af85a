// ChargeAfter authenticates webhooks with a fixed Authorization header value the
// merchant chose (no HMAC is documented), so we compare it in constant time.
import { createHash, timingSafeEqual } from "node:crypto";

import type { Env } from "@/lib/config/env";
import type { VerificationResult } from "@/lib/ingest/types";

type AuthorizationEnv = Pick<Env, "CHARGEAFTER_WEBHOOK_AUTHORIZATION" | "CHARGEAFTER_WEBHOOK_AUTHORIZATION_PREVIOUS">;

/**
 * The accepted header values, current first. A previous value alone is not a
 * configuration (rotation needs a current value), so it yields none.
 */
export function chargeAfterWebhookSecrets(config: AuthorizationEnv): string[] {
  const current = config.CHARGEAFTER_WEBHOOK_AUTHORIZATION;
  if (!current) return [];
  const previous = config.CHARGEAFTER_WEBHOOK_AUTHORIZATION_PREVIOUS;
  return previous ? [current, previous] : [current];
}

/**
 * Checks the exact Authorization header value against the accepted values
 * (accepted[0] is the current one, the rest are previous ones during rotation).
 * `detail` names which value matched or why none did; it never holds a secret.
 */
export function verifyChargeAfterAuthorization(header: string | null, accepted: string[]): VerificationResult {
  const values = accepted.filter((value) => value.length > 0);
  if (values.length === 0)
    return { outcome: "NOT_CONFIGURED", detail: "no accepted Authorization value is configured" };
  if (!header) return { outcome: "MISSING", detail: "no Authorization header" };

  // Equal-length digests, so neither the comparison nor its length leaks the secret;
  // every value is compared so timing does not tell which one matched.
  const received = sha256(header);
  let matched = -1;
  values.forEach((value, index) => {
    if (timingSafeEqual(received, sha256(value)) && matched < 0) matched = index;
  });
  if (matched < 0) return { outcome: "INVALID", detail: "Authorization header matches no accepted value" };
  return { outcome: "VERIFIED", detail: matched === 0 ? "current" : "previous" };
}

function sha256(value: string): Buffer {
  return createHash("sha256").update(value, "utf8").digest();
}
