// The client's address for throttling and the delivery log: the socket's peer (written by
// scripts/serve.ts), or behind TRUST_PROXY_HOPS proxies the address the outermost one saw.
// A client's own X-Forwarded-For never decides it.
import { trustedClientAddress } from "@/lib/server/forwarded";

export function clientAddress(headers: Headers): string {
  return trustedClientAddress((name) => headers.get(name));
}
