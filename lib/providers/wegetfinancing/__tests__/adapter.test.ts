import { describe, expect, it } from "vitest";

import { envSchema, type Env } from "@/lib/config/env";
import { wegetfinancingAdapter } from "@/lib/providers/wegetfinancing/adapter";
import { signWgfPostback } from "@/lib/providers/wegetfinancing/signature";

const config = {
  WGF_POSTBACK_USERNAME: "dhd",
  WGF_POSTBACK_PASSWORD: "dhd-pass",
  WGF_SIGNATURE_TOLERANCE_SECONDS: 300,
} as Env;
const receivedAt = new Date("2025-06-01T12:00:00Z");
const timestamp = String(receivedAt.getTime() / 1000);
const body = Buffer.from(
  "function=transact&cust_id_ext=ORDER-123&inv_id=tok-1&inv_status=Auth&version=0.3&method=purchase",
);

function request(headers: Record<string, string>) {
  return { rawBody: body, headers: new Headers(headers), receivedAt };
}

describe("wegetfinancingAdapter", () => {
  const adapter = wegetfinancingAdapter(config);

  it("describes the receiver", () => {
    expect(adapter.provider).toBe("WEGETFINANCING");
    expect(adapter.contentTypes).toEqual(["application/json", "application/x-www-form-urlencoded"]);
    expect(adapter.secretHeaders).toEqual(["x-signature", "authorization", "cookie"]);
  });

  it("verifies from the x-signature / x-timestamp headers at the time received", () => {
    const signature = signWgfPostback(body, { username: "dhd", password: "dhd-pass" }, timestamp);
    expect(adapter.verify(request({ "X-Signature": signature, "X-Timestamp": timestamp })).outcome).toBe("VERIFIED");
    expect(adapter.verify(request({ "x-signature": signature })).outcome).toBe("MISSING");
    const later = {
      ...request({ "x-signature": signature, "x-timestamp": timestamp }),
      receivedAt: new Date(receivedAt.getTime() + 301_000),
    };
    expect(adapter.verify(later).outcome).toBe("STALE");
  });

  it("uses the configured tolerance", () => {
    const lenient = wegetfinancingAdapter({ ...config, WGF_SIGNATURE_TOLERANCE_SECONDS: 0 });
    const signature = signWgfPostback(body, { username: "dhd", password: "dhd-pass" }, "1000");
    expect(lenient.verify(request({ "x-signature": signature, "x-timestamp": "1000" })).outcome).toBe("VERIFIED");
  });

  it("by default (WGF_SIGNATURE_TOLERANCE_SECONDS unset) accepts a 20-minute-old signed postback, flagged", () => {
    const byDefault = wegetfinancingAdapter(
      envSchema.parse({ WGF_POSTBACK_USERNAME: "dhd", WGF_POSTBACK_PASSWORD: "dhd-pass" }),
    );
    const signature = signWgfPostback(body, { username: "dhd", password: "dhd-pass" }, timestamp);
    const retry = {
      ...request({ "x-signature": signature, "x-timestamp": timestamp }),
      receivedAt: new Date(receivedAt.getTime() + 20 * 60_000),
    };
    expect(byDefault.verify(retry)).toMatchObject({ outcome: "VERIFIED", flags: ["stale-timestamp"] });
  });

  it("is NOT_CONFIGURED without credentials", () => {
    const bare = wegetfinancingAdapter({ WGF_SIGNATURE_TOLERANCE_SECONDS: 300 } as Env);
    expect(bare.verify(request({ "x-signature": "0".repeat(64), "x-timestamp": timestamp })).outcome).toBe(
      "NOT_CONFIGURED",
    );
  });

  it("parses with the time received as the event time", () => {
    const result = adapter.parse(body, "application/x-www-form-urlencoded", receivedAt);
    expect(result.ok && result.event.effect).toMatchObject({
      kind: "application",
      externalId: "tok-1",
      occurredAt: receivedAt,
    });
  });
});
