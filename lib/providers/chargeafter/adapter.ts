// The ChargeAfter webhook receiver's provider-specific parts, for the ingest pipeline.
import { env, type Env } from "@/lib/config/env";
import { Provider } from "@/lib/db/generated/enums";
import type { ProviderAdapter } from "@/lib/ingest/types";
import { JSON_MEDIA_TYPE } from "@/lib/providers/shared/media-type";

import { chargeAfterWebhookSecrets, verifyChargeAfterAuthorization } from "./authorization";
import { parseChargeAfterWebhook } from "./parse-webhook";

export function chargeAfterAdapter(config: Env = env()): ProviderAdapter {
  const accepted = chargeAfterWebhookSecrets(config);
  return {
    provider: Provider.CHARGEAFTER,
    contentTypes: [JSON_MEDIA_TYPE],
    // The Authorization value is the shared secret itself.
    secretHeaders: ["authorization", "cookie"],
    verify: (request) => verifyChargeAfterAuthorization(request.headers.get("authorization"), accepted),
    parse: parseChargeAfterWebhook,
  };
}
