// Headers as stored and shown: every header kept, secret values replaced. A header is
// masked when its name is a known secret header or its value equals a configured
// provider secret under any name (e.g. X-Authorization). The mask never tells the length.
import { createHash, timingSafeEqual } from "node:crypto";

export const MASK = "[masked]";

const SECRET_ENV = [
  "WGF_PASSWORD",
  "WGF_POSTBACK_PASSWORD",
  "WGF_POSTBACK_PASSWORD_PREVIOUS",
  "CHARGEAFTER_WEBHOOK_AUTHORIZATION",
  "CHARGEAFTER_WEBHOOK_AUTHORIZATION_PREVIOUS",
] as const;

export function configuredSecrets(env: NodeJS.ProcessEnv = process.env): string[] {
  return SECRET_ENV.map((name) => env[name]).filter((v): v is string => typeof v === "string" && v.length > 0);
}

// Hashing first gives equal-length inputs, so the comparison is constant-time whatever the lengths.
const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();

function equalsAnySecret(value: string, secrets: readonly Buffer[]): boolean {
  const candidates = [value, value.replace(/^(basic|bearer)\s+/i, "")].map(digest);
  let hit = false;
  for (const secret of secrets) for (const candidate of candidates) hit = timingSafeEqual(candidate, secret) || hit;
  return hit;
}

export function maskHeaders(
  headers: Headers,
  secretHeaders: readonly string[],
  secrets: readonly string[] = configuredSecrets(),
): Record<string, string> {
  const names = new Set(secretHeaders.map((name) => name.toLowerCase()));
  const hashed = secrets.filter((s) => s.length > 0).map(digest);
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = names.has(name) || equalsAnySecret(value.trim(), hashed) ? MASK : value;
  });
  return out;
}
