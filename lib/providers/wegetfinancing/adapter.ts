// The WGF receiver's adapter: postback signature check and body parser for the ingest pipeline.
import { env as loadEnv, type Env } from "@/lib/config/env";
import type { ProviderAdapter } from "@/lib/ingest/types";
import { FORM_MEDIA_TYPE, JSON_MEDIA_TYPE } from "@/lib/providers/shared/media-type";

import { wgfPostbackCredentials } from "./credentials";
import { parseWgfPostback } from "./parse-postback";
import { verifyWgfSignature } from "./signature";

export function wegetfinancingAdapter(config: Env = loadEnv()): ProviderAdapter {
  const credentials = wgfPostbackCredentials(config);
  return {
    provider: "WEGETFINANCING",
    contentTypes: [JSON_MEDIA_TYPE, FORM_MEDIA_TYPE],
    // x-signature is a digest, not a secret; masked anyway so a logged one tells nobody more than they need.
    secretHeaders: ["x-signature", "authorization", "cookie"],
    verify: (request) =>
      verifyWgfSignature({
        rawBody: request.rawBody,
        signature: request.headers.get("x-signature"),
        timestamp: request.headers.get("x-timestamp"),
        credentials,
        toleranceSeconds: config.WGF_SIGNATURE_TOLERANCE_SECONDS,
        now: request.receivedAt,
      }),
    parse: parseWgfPostback,
  };
}
