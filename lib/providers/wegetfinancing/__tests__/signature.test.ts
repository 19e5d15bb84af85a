import { createHash } from "node:crypto";

import { describe, expect, it } from "vitest";

import { signWgfPostback, verifyWgfSignature } from "@/lib/providers/wegetfinancing/signature";

const body = Buffer.from(
  '{ "request_token": "abc123def456", "status": "approved", "approved_amount": "499.00", "version": "1.9" }',
);
const current = { username: "dhd_user", password: "dhd_pass" };
const previous = { username: "old_user", password: "old_pass" };
const now = new Date("2025-06-01T12:00:00Z");
const nowSeconds = String(now.getTime() / 1000);

function verify(overrides: Partial<Parameters<typeof verifyWgfSignature>[0]> = {}) {
  return verifyWgfSignature({
    rawBody: body,
    signature: signWgfPostback(body, current, nowSeconds),
    timestamp: nowSeconds,
    credentials: [current, previous],
    toleranceSeconds: 300,
    now,
    ...overrides,
  });
}

describe("signWgfPostback", () => {
  it("is the plain SHA-256 of timestamp + username + body + password, lower-case hex", () => {
    const expected = createHash("sha256").update(`${nowSeconds}dhd_user${body.toString()}dhd_pass`).digest("hex");
    expect(signWgfPostback(body, current, nowSeconds)).toBe(expected);
    expect(signWgfPostback(body.toString(), current, nowSeconds)).toBe(expected);
  });

  it("hashes the body's bytes, not a re-encoding of them", () => {
    const latin1 = Buffer.from([0x7b, 0xe9, 0x7d]); // not valid UTF-8
    const expected = createHash("sha256")
      .update(Buffer.concat([Buffer.from("1dhd_user"), latin1, Buffer.from("dhd_pass")]))
      .digest("hex");
    expect(signWgfPostback(latin1, current, "1")).toBe(expected);
  });
});

describe("verifyWgfSignature", () => {
  it("verifies a right signature and says which pair matched", () => {
    expect(verify()).toEqual({ outcome: "VERIFIED", detail: "signed with the current credentials" });
  });

  it("accepts the previous pair while rotating", () => {
    const result = verify({ signature: signWgfPostback(body, previous, nowSeconds) });
    expect(result).toEqual({ outcome: "VERIFIED", detail: "signed with the previous credentials" });
  });

  it("uses a pair's own label when it has one", () => {
    const result = verify({
      credentials: [{ ...previous, label: "previous" }],
      signature: signWgfPostback(body, previous, nowSeconds),
    });
    expect(result.detail).toBe("signed with the previous credentials");
  });

  it("accepts an upper-case hex header", () => {
    expect(verify({ signature: signWgfPostback(body, current, nowSeconds).toUpperCase() }).outcome).toBe("VERIFIED");
  });

  it("rejects a wrong signature, a changed body and a changed timestamp", () => {
    expect(
      verify({ signature: signWgfPostback(body, { username: "dhd_user", password: "guess" }, nowSeconds) }).outcome,
    ).toBe("INVALID");
    expect(verify({ rawBody: Buffer.concat([body, Buffer.from(" ")]) }).outcome).toBe("INVALID");
    expect(verify({ timestamp: String(Number(nowSeconds) + 1) }).outcome).toBe("INVALID");
  });

  it("rejects garbage, short and long signatures as INVALID without throwing", () => {
    const good = signWgfPostback(body, current, nowSeconds);
    for (const signature of [
      "zz".repeat(32),
      "abc",
      good.slice(0, 62),
      `${good}00`,
      `${good.slice(0, 63)}g`,
      "sha256=" + good,
    ]) {
      expect(verify({ signature })).toMatchObject({ outcome: "INVALID" });
    }
  });

  it("says MISSING without either header", () => {
    expect(verify({ signature: null })).toEqual({ outcome: "MISSING", detail: "x-signature header is missing" });
    expect(verify({ timestamp: null })).toEqual({ outcome: "MISSING", detail: "x-timestamp header is missing" });
    expect(verify({ signature: "  " }).outcome).toBe("MISSING");
  });

  it("says NOT_CONFIGURED with no credentials, whatever the request carries", () => {
    expect(verify({ credentials: [] }).outcome).toBe("NOT_CONFIGURED");
    expect(verify({ credentials: [], signature: null, timestamp: null }).outcome).toBe("NOT_CONFIGURED");
  });

  it("says STALE for a right signature outside the tolerance, in the past or the future", () => {
    const old = String(Number(nowSeconds) - 301);
    const result = verify({ timestamp: old, signature: signWgfPostback(body, current, old) });
    expect(result.outcome).toBe("STALE");
    expect(result.detail).toContain("301 s");
    const future = String(Number(nowSeconds) + 301);
    expect(verify({ timestamp: future, signature: signWgfPostback(body, current, future) }).outcome).toBe("STALE");
    const edge = String(Number(nowSeconds) - 300);
    expect(verify({ timestamp: edge, signature: signWgfPostback(body, current, edge) }).outcome).toBe("VERIFIED");
  });

  it("checks the signature before the age: an old, badly signed request is INVALID", () => {
    const old = String(Number(nowSeconds) - 10_000);
    expect(verify({ timestamp: old, signature: "0".repeat(64) }).outcome).toBe("INVALID");
  });

  it("reads a millisecond timestamp as milliseconds", () => {
    const ms = String(now.getTime() - 5_000);
    expect(verify({ timestamp: ms, signature: signWgfPostback(body, current, ms) }).outcome).toBe("VERIFIED");
    const oldMs = String(now.getTime() - 600_000);
    expect(verify({ timestamp: oldMs, signature: signWgfPostback(body, current, oldMs) }).outcome).toBe("STALE");
  });

  it("skips the age check when the tolerance is 0, flagging an old timestamp", () => {
    const old = String(Number(nowSeconds) - 86_400 * 365);
    expect(
      verify({ timestamp: old, signature: signWgfPostback(body, current, old), toleranceSeconds: 0 }),
    ).toMatchObject({ outcome: "VERIFIED", flags: ["stale-timestamp"] });
  });

  it("accepts a correctly signed retry whose x-timestamp is 20 minutes old by default, flagged stale-timestamp", () => {
    const twentyMinutesAgo = String(Number(nowSeconds) - 20 * 60);
    const result = verify({
      timestamp: twentyMinutesAgo,
      signature: signWgfPostback(body, current, twentyMinutesAgo),
      toleranceSeconds: 0,
    });
    expect(result).toEqual({
      outcome: "VERIFIED",
      detail: "signed with the current credentials; x-timestamp is 1200 s from server time",
      flags: ["stale-timestamp"],
    });
    // A fresh one carries no flag; a forged old one is still INVALID.
    expect(verify({ toleranceSeconds: 0 }).flags).toBeUndefined();
    expect(verify({ timestamp: twentyMinutesAgo, toleranceSeconds: 0 }).outcome).toBe("INVALID");
  });

  it("treats a non-numeric timestamp as INVALID, even when correctly signed", () => {
    const iso = now.toISOString();
    expect(verify({ timestamp: iso, signature: signWgfPostback(body, current, iso) }).outcome).toBe("INVALID");
    expect(
      verify({ timestamp: "-5", signature: signWgfPostback(body, current, "-5"), toleranceSeconds: 0 }).outcome,
    ).toBe("INVALID");
  });

  it("never puts a secret in the detail", () => {
    const results = [
      verify(),
      verify({ signature: "0".repeat(64) }),
      verify({ timestamp: "1", signature: signWgfPostback(body, current, "1") }),
    ];
    for (const { detail } of results) {
      for (const secret of ["dhd_user", "dhd_pass", "old_user", "old_pass"]) expect(detail).not.toContain(secret);
    }
  });
});
