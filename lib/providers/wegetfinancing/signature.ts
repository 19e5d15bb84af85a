// WGF postback signature: x-signature = hex SHA-256 (a plain digest, not an HMAC)
// of timestamp + username + raw body + password; x-timestamp = Unix seconds.
import { createHash, timingSafeEqual } from "node:crypto";

import type { VerificationResult } from "@/lib/ingest/types";

export type WgfSigningPair = { username: string; password: string; label?: string };

type VerifyInput = {
  rawBody: Buffer;
  signature: string | null;
  timestamp: string | null;
  /** Current pair first, then the previous one while rotating. */
  credentials: readonly WgfSigningPair[];
  /** 0 (the default): any age is accepted, an old one flagged; above 0, older is refused (opt-in). */
  toleranceSeconds: number;
  now: Date;
};

const HEX_SHA256 = /^[0-9a-f]{64}$/i;
const NUMERIC = /^\d+(\.\d+)?$/;
/**
 * Older than this (or this far ahead) a verified postback is flagged "stale-timestamp". Replay
 * protection comes from the dedupe key, not the clock, and WGF does not say whether retries are re-signed.
 */
export const STALE_AFTER_SECONDS = 300;
/** Larger than any Unix time in seconds for the next 30,000 years: must be milliseconds. */
const MILLISECONDS_FROM = 1e12;

/** The signature WGF would send for this body; for tests, the simulator and test deliveries. */
export function signWgfPostback(
  rawBody: Buffer | string,
  credentials: { username: string; password: string },
  timestamp: string,
): string {
  return digest(toBuffer(rawBody), credentials, timestamp).toString("hex");
}

export function verifyWgfSignature(input: VerifyInput): VerificationResult {
  const { credentials, rawBody } = input;
  if (credentials.length === 0) {
    return { outcome: "NOT_CONFIGURED", detail: "no WGF postback credentials are configured" };
  }

  const signature = input.signature?.trim();
  const timestamp = input.timestamp?.trim();
  if (!signature) return { outcome: "MISSING", detail: "x-signature header is missing" };
  if (!timestamp) return { outcome: "MISSING", detail: "x-timestamp header is missing" };
  if (!HEX_SHA256.test(signature)) {
    return { outcome: "INVALID", detail: "x-signature is not a 64-character hex SHA-256 digest" };
  }

  // The signature first: a forged request learns nothing about the age check.
  const received = Buffer.from(signature, "hex");
  const matched = matchingPair(received, rawBody, timestamp, credentials);
  if (matched === undefined) {
    return { outcome: "INVALID", detail: "x-signature does not match any configured credentials" };
  }
  const pairName = matched.label ?? (credentials.indexOf(matched) === 0 ? "current" : "previous");

  if (!NUMERIC.test(timestamp)) {
    return { outcome: "INVALID", detail: `x-timestamp is not a Unix time (signed with the ${pairName} credentials)` };
  }
  const skewSeconds = Math.abs(input.now.getTime() - timestampMillis(timestamp)) / 1000;
  if (input.toleranceSeconds > 0 && skewSeconds > input.toleranceSeconds) {
    return {
      outcome: "STALE",
      detail: `signed with the ${pairName} credentials, but x-timestamp is ${Math.round(skewSeconds)} s from server time (tolerance ${input.toleranceSeconds} s)`,
    };
  }
  if (skewSeconds > STALE_AFTER_SECONDS) {
    return {
      outcome: "VERIFIED",
      detail: `signed with the ${pairName} credentials; x-timestamp is ${Math.round(skewSeconds)} s from server time`,
      flags: ["stale-timestamp"],
    };
  }
  return { outcome: "VERIFIED", detail: `signed with the ${pairName} credentials` };
}

/** Compares against every pair, without stopping early, so timing says nothing about which one matched. */
function matchingPair(
  received: Buffer,
  rawBody: Buffer,
  timestamp: string,
  credentials: readonly WgfSigningPair[],
): WgfSigningPair | undefined {
  let matched: WgfSigningPair | undefined;
  for (const pair of credentials) {
    const expected = digest(rawBody, pair, timestamp);
    if (timingSafeEqual(expected, received) && matched === undefined) matched = pair;
  }
  return matched;
}

function digest(rawBody: Buffer, pair: { username: string; password: string }, timestamp: string): Buffer {
  // Bytes, not strings: the body is hashed exactly as it arrived.
  const bytes = Buffer.concat([
    Buffer.from(timestamp, "utf8"),
    Buffer.from(pair.username, "utf8"),
    rawBody,
    Buffer.from(pair.password, "utf8"),
  ]);
  return createHash("sha256").update(bytes).digest();
}

function timestampMillis(timestamp: string): number {
  const value = Number(timestamp);
  return value > MILLISECONDS_FROM ? value : value * 1000;
}

function toBuffer(body: Buffer | string): Buffer {
  return typeof body === "string" ? Buffer.from(body, "utf8") : body;
}
