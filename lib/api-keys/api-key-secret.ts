// The key itself: `fdk_live_` and 32 random bytes (base64url). Only its SHA-256 is stored;
// a key this random needs no slow hash, and the lookup is by that digest.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

export const API_KEY_PREFIX = "fdk_live_";

const API_KEY = /^fdk_live_[A-Za-z0-9_-]{43}$/;

/** How many characters of the key are kept to tell keys apart: the prefix and 6 random ones. */
const DISPLAY_LENGTH = API_KEY_PREFIX.length + 6;

export function generateApiKey(): { key: string; keyHash: string; prefix: string } {
  const key = `${API_KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { key, keyHash: hashApiKey(key), prefix: key.slice(0, DISPLAY_LENGTH) };
}

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

/** Whether a text has the shape of one of our keys (checked before any lookup). */
export function looksLikeApiKey(text: string): boolean {
  return API_KEY.test(text);
}

/** Constant-time equality of two hex digests. */
export function sameDigest(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === right.length && timingSafeEqual(left, right);
}
