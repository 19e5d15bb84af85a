import { describe, expect, it } from "vitest";

import { configuredSecrets, MASK, maskHeaders } from "@/lib/ingest/mask-headers";

describe("maskHeaders", () => {
  it("masks a configured secret sent under an unexpected header name (X-Authorization)", () => {
    const headers = new Headers({ "x-authorization": "s3cret-webhook-value", "content-type": "application/json" });
    const out = maskHeaders(headers, ["authorization"], ["s3cret-webhook-value"]);
    expect(out["x-authorization"]).toBe(MASK);
    expect(out["content-type"]).toBe("application/json");
  });

  it("masks a secret with a Basic/Bearer scheme in front", () => {
    const out = maskHeaders(new Headers({ "x-token": "Bearer pw-123456" }), [], ["pw-123456"]);
    expect(out["x-token"]).toBe(MASK);
  });

  it("never reveals a masked value's length", () => {
    const short = maskHeaders(new Headers({ authorization: "a" }), ["authorization"], []);
    const long = maskHeaders(new Headers({ authorization: "a".repeat(500) }), ["authorization"], []);
    expect(short.authorization).toBe(long.authorization);
    expect(short.authorization).not.toMatch(/\d/);
  });

  it("keeps values that only resemble a secret", () => {
    const out = maskHeaders(new Headers({ "x-other": "s3cret" }), [], ["s3cret-longer"]);
    expect(out["x-other"]).toBe("s3cret");
  });

  it("reads the provider secrets from the environment", () => {
    expect(
      configuredSecrets({
        WGF_POSTBACK_PASSWORD: "a",
        CHARGEAFTER_WEBHOOK_AUTHORIZATION_PREVIOUS: "b",
        OTHER: "c",
      } as unknown as NodeJS.ProcessEnv),
    ).toEqual(["a", "b"]);
  });
});
