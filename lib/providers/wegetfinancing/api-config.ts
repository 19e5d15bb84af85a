// Where and as whom we call the WeGetFinancing API. Server only.
import type { Env } from "@/lib/config/env";

const BASE_URLS = {
  sandbox: "https://api.sandbox.wegetfinancing.com",
  production: "https://api.wegetfinancing.com",
} as const;

export type WgfApiConfig = { baseUrl: string; merchantId: string; username: string; password: string };

export function wgfApiBaseUrl(env: Pick<Env, "WGF_ENV" | "WGF_API_BASE_URL">): string {
  return (env.WGF_API_BASE_URL ?? BASE_URLS[env.WGF_ENV]).replace(/\/+$/, "");
}

/** The API credentials, or undefined while any of them is unset (the feature then says so). */
export function wgfApiConfig(env: Env): WgfApiConfig | undefined {
  if (!env.WGF_MERCHANT_ID || !env.WGF_USERNAME || !env.WGF_PASSWORD) return undefined;
  return {
    baseUrl: wgfApiBaseUrl(env),
    merchantId: env.WGF_MERCHANT_ID,
    username: env.WGF_USERNAME,
    password: env.WGF_PASSWORD,
  };
}
