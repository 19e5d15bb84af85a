import { describe, expect, it } from "vitest";

import type { Env } from "@/lib/config/env";
import { chargeAfterAdapter } from "@/lib/providers/chargeafter/adapter";
import { chargeAfterWebhookSecrets, verifyChargeAfterAuthorization } from "@/lib/providers/chargeafter/authorization";

const current = "Bearer ca-webhook-current-9f2c";
const previous = "Bearer ca-webhook-previous-71ab";

describe("verifyChargeAfterAuthorization", () => {
  it("accepts the current value", () => {
    expect(verifyChargeAfterAuthorization(current, [current, previous])).toEqual({
      outcome: "VERIFIED",
      detail: "current",
    });
  });

  it("accepts the previous value during rotation", () => {
    expect(verifyChargeAfterAuthorization(previous, [current, previous])).toEqual({
      outcome: "VERIFIED",
      detail: "previous",
    });
  });

  it("refuses a wrong value of the same length", () => {
    const wrong = current.slice(0, -1) + "x";
    expect(verifyChargeAfterAuthorization(wrong, [current, previous]).outcome).toBe("INVALID");
  });

  it("refuses values of a different length, shorter or longer", () => {
    expect(verifyChargeAfterAuthorization("Bearer x", [current]).outcome).toBe("INVALID");
    expect(verifyChargeAfterAuthorization(`${current}-and-more`, [current]).outcome).toBe("INVALID");
  });

  it("compares the exact value: case and surrounding text matter", () => {
    expect(verifyChargeAfterAuthorization(current.toUpperCase(), [current]).outcome).toBe("INVALID");
    expect(verifyChargeAfterAuthorization(`${current} `, [current]).outcome).toBe("INVALID");
  });

  it("reports a missing or empty header", () => {
    expect(verifyChargeAfterAuthorization(null, [current]).outcome).toBe("MISSING");
    expect(verifyChargeAfterAuthorization("", [current]).outcome).toBe("MISSING");
  });

  it("is NOT_CONFIGURED without accepted values, whatever the header", () => {
    expect(verifyChargeAfterAuthorization(current, []).outcome).toBe("NOT_CONFIGURED");
    expect(verifyChargeAfterAuthorization(null, []).outcome).toBe("NOT_CONFIGURED");
    expect(verifyChargeAfterAuthorization("", [""]).outcome).toBe("NOT_CONFIGURED");
  });

  it("never puts a secret in the detail", () => {
    for (const header of [current, previous, "wrong", null]) {
      const { detail } = verifyChargeAfterAuthorization(header, [current, previous]);
      expect(detail).not.toContain("ca-webhook");
    }
  });
});

describe("chargeAfterWebhookSecrets", () => {
  it("lists the current value first, then the previous one", () => {
    expect(
      chargeAfterWebhookSecrets({
        CHARGEAFTER_WEBHOOK_AUTHORIZATION: current,
        CHARGEAFTER_WEBHOOK_AUTHORIZATION_PREVIOUS: previous,
      }),
    ).toEqual([current, previous]);
    expect(
      chargeAfterWebhookSecrets({
        CHARGEAFTER_WEBHOOK_AUTHORIZATION: current,
        CHARGEAFTER_WEBHOOK_AUTHORIZATION_PREVIOUS: undefined,
      }),
    ).toEqual([current]);
  });

  it("is empty without a current value, even with a previous one", () => {
    expect(
      chargeAfterWebhookSecrets({
        CHARGEAFTER_WEBHOOK_AUTHORIZATION: undefined,
        CHARGEAFTER_WEBHOOK_AUTHORIZATION_PREVIOUS: previous,
      }),
    ).toEqual([]);
  });
});

describe("chargeAfterAdapter", () => {
  const config = {
    CHARGEAFTER_WEBHOOK_AUTHORIZATION: current,
    CHARGEAFTER_WEBHOOK_AUTHORIZATION_PREVIOUS: previous,
  } as Env;
  const request = (headers: Record<string, string>) => ({
    rawBody: Buffer.from("{}"),
    headers: new Headers(headers),
    receivedAt: new Date(),
  });

  it("describes the receiver", () => {
    const adapter = chargeAfterAdapter(config);
    expect(adapter.provider).toBe("CHARGEAFTER");
    expect(adapter.contentTypes).toEqual(["application/json"]);
    expect(adapter.secretHeaders).toEqual(["authorization", "cookie"]);
  });

  it("verifies the Authorization header", () => {
    const adapter = chargeAfterAdapter(config);
    expect(adapter.verify(request({ Authorization: current }))).toEqual({ outcome: "VERIFIED", detail: "current" });
    expect(adapter.verify(request({ authorization: previous }))).toEqual({ outcome: "VERIFIED", detail: "previous" });
    expect(adapter.verify(request({ authorization: "Bearer nope" })).outcome).toBe("INVALID");
    expect(adapter.verify(request({})).outcome).toBe("MISSING");
    expect(chargeAfterAdapter({} as Env).verify(request({ authorization: current })).outcome).toBe("NOT_CONFIGURED");
  });

  it("parses with the given receivedAt", () => {
    const receivedAt = new Date("2026-11-20T08:00:00.000Z");
    const body = Buffer.from(JSON.stringify({ applicationId: "app_1", confirmationToken: "ctok_1" }));
    const result = chargeAfterAdapter(config).parse(body, "application/json", receivedAt);
    expect(result.ok && result.event.effect.kind === "application" && result.event.effect.occurredAt).toEqual(
      receivedAt,
    );
  });
});
