// The client's address as the nearest hop saw it. `next start` sets x-forwarded-for;
// behind a load balancer set TRUST_PROXY_HOPS to how many proxies add themselves.
export function clientAddress(headers: Headers): string {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const hops = Math.max(0, Number(process.env.TRUST_PROXY_HOPS) || 0);
  const address = chain[chain.length - 1 - hops] ?? chain[0] ?? headers.get("x-real-ip") ?? "unknown";
  return address.replace(/^::ffff:/, "");
}
