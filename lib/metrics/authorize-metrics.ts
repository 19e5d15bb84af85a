// Who may scrape GET /api/metrics: with METRICS_TOKEN set, whoever sends it as a bearer
// token (compared in constant time); without it, only this machine, by the client address
// the custom server recorded from the socket (lib/server/forwarded.ts), never a header a
// client can write.
import "server-only";

import { createHash, timingSafeEqual } from "node:crypto";

import { env } from "@/lib/config/env";
import { trustedClientAddress } from "@/lib/server/forwarded";

const digest = (text: string) => createHash("sha256").update(text).digest();

/** Same-length digests, so neither the token's length nor its bytes show in the timing. */
function sameToken(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

function isLoopback(address: string): boolean {
  return address === "::1" || /^127\.\d+\.\d+\.\d+$/.test(address);
}

function refuse(status: 401 | 403, message: string, headers: Record<string, string> = {}): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...headers },
  });
}

/** null when the request may read the metrics, else the refusal to answer with. */
export function metricsRefusal(request: Request): Response | null {
  const token = env().METRICS_TOKEN;
  if (token) {
    const given = /^Bearer\s+(.+)$/i.exec(request.headers.get("authorization")?.trim() ?? "")?.[1];
    if (given && sameToken(given.trim(), token)) return null;
    return refuse(401, "Metrics need the METRICS_TOKEN as a bearer token (Authorization: Bearer <token>).", {
      "www-authenticate": 'Bearer realm="metrics"',
    });
  }
  const address = trustedClientAddress((name) => request.headers.get(name));
  if (isLoopback(address)) return null;
  return refuse(
    403,
    "Metrics are served only to this machine (loopback) while METRICS_TOKEN is unset; set METRICS_TOKEN to scrape from elsewhere.",
  );
}
