// The address providers and customers reach this desk at: PUBLIC_BASE_URL, or what
// the browser used to reach this page (behind a proxy: X-Forwarded-Host/-Proto).
import "server-only";

import { env } from "@/lib/config/env";

export function publicBaseUrl(headers: Headers): string {
  const configured = env().PUBLIC_BASE_URL;
  if (configured) return configured.replace(/\/+$/, "");
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? `localhost:${env().PORT}`;
  const proto =
    headers.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto.split(",")[0]!.trim()}://${host.split(",")[0]!.trim()}`;
}

export const RECEIVER_PATHS = {
  WEGETFINANCING: "/api/postbacks/wegetfinancing",
  CHARGEAFTER: "/api/webhooks/chargeafter",
} as const;
