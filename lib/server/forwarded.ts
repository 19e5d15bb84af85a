// What the app may believe about where a request came from. The custom server
// (scripts/serve.ts) writes the socket's peer address and scheme into private headers,
// after deleting any copy a client sent; a client's X-Forwarded-* is believed only as far
// as TRUST_PROXY_HOPS reverse proxies of ours have written it.
import { isIP } from "node:net";

import { env } from "@/lib/config/env";

export const PEER_ADDRESS_HEADER = "x-financing-desk-peer-address";
export const PEER_PROTO_HEADER = "x-financing-desk-peer-proto";

type HeaderGet = (name: string) => string | null | undefined;

/** TRUST_PROXY_HOPS from the env schema: a whole number 0…20 (a bad value stops the start with its reason). */
export function trustProxyHops(): number {
  return env().TRUST_PROXY_HOPS;
}

const list = (value: string | null | undefined) =>
  (value ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);

/**
 * The value our outermost trusted hop saw: the peer itself with 0 hops, otherwise the Nth
 * entry from the right of the forwarded list with the peer appended. A chain shorter than
 * the hops (fewer proxies than configured) gives its leftmost entry.
 */
function trusted(get: HeaderGet, forwardedHeader: string, peerHeader: string, hops: number): string | undefined {
  const peer = get(peerHeader)?.trim();
  if (!peer) return undefined; // not served by scripts/serve.ts: nothing to trust
  const chain = [...list(get(forwardedHeader)), peer];
  return chain[Math.max(0, chain.length - 1 - hops)];
}

/** The client's address as far as trusted hops tell it, or "unknown" if that is not an IP address. */
export function trustedClientAddress(get: HeaderGet, hops = trustProxyHops()): string {
  const address = trusted(get, "x-forwarded-for", PEER_ADDRESS_HEADER, hops)?.replace(
    /^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/,
    "",
  );
  return address && isIP(address) ? address : "unknown";
}

/** Whether the browser's connection was HTTPS, as far as trusted hops tell it. */
export function trustedHttps(get: HeaderGet, hops = trustProxyHops()): boolean {
  return trusted(get, "x-forwarded-proto", PEER_PROTO_HEADER, hops)?.toLowerCase() === "https";
}

/** For the custom server: replace whatever the client sent under our private names. */
export function markPeer(
  headers: Record<string, string | string[] | undefined>,
  socket: { remoteAddress?: string; encrypted?: boolean },
): void {
  delete headers[PEER_ADDRESS_HEADER];
  delete headers[PEER_PROTO_HEADER];
  if (socket.remoteAddress) headers[PEER_ADDRESS_HEADER] = socket.remoteAddress;
  headers[PEER_PROTO_HEADER] = socket.encrypted ? "https" : "http";
}
