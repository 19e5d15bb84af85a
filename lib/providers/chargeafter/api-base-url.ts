// Where ChargeAfter's merchant API lives and the key to call it with. Shared by every
// client of that API (funding report, application status). Server only.
import type { Env } from "@/lib/config/env";

export const CHARGEAFTER_API_BASE_URLS = {
  sandbox: "https://api-sandbox.ca-dev.co",
  production: "https://api.chargeafter.com",
} as const;

type BaseUrlEnv = Pick<Env, "CHARGEAFTER_ENV" | "CHARGEAFTER_API_BASE_URL">;

/** CHARGEAFTER_API_BASE_URL when set (simulator, tests), else the URL of CHARGEAFTER_ENV; never a trailing slash. */
export function chargeAfterApiBaseUrl(env: BaseUrlEnv): string {
  const url = env.CHARGEAFTER_API_BASE_URL ?? CHARGEAFTER_API_BASE_URLS[env.CHARGEAFTER_ENV];
  return url.replace(/\/+$/, "");
}

export type ChargeAfterApiAccess = { baseUrl: string; privateKey: string };

/** The base URL and the private key, or null when no key is configured: the caller says "not configured". */
export function chargeAfterApiAccess(
  env: BaseUrlEnv & Pick<Env, "CHARGEAFTER_PRIVATE_KEY">,
): ChargeAfterApiAccess | null {
  if (!env.CHARGEAFTER_PRIVATE_KEY) return null;
  return { baseUrl: chargeAfterApiBaseUrl(env), privateKey: env.CHARGEAFTER_PRIVATE_KEY };
}

export const CHARGEAFTER_NOT_CONFIGURED =
  "ChargeAfter is not configured: set CHARGEAFTER_PRIVATE_KEY (the merchant's private API key) to sync the funding report.";
