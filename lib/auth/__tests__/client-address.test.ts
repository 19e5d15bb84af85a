import { afterEach, describe, expect, it } from "vitest";

import { clientAddress } from "@/lib/auth/client-address";
import { PEER_ADDRESS_HEADER } from "@/lib/server/forwarded";

// What scripts/serve.ts hands on: the client's X-Forwarded-For (if any) and the socket's peer.
const headers = (xff: string | undefined, peer: string | undefined) =>
  new Headers({
    ...(xff === undefined ? {} : { "x-forwarded-for": xff }),
    ...(peer === undefined ? {} : { [PEER_ADDRESS_HEADER]: peer }),
  });

describe("clientAddress", () => {
  afterEach(() => {
    delete process.env.TRUST_PROXY_HOPS;
  });

  it("with TRUST_PROXY_HOPS=0 (the default) uses the socket's peer, whatever X-Forwarded-For the client sends", () => {
    expect(clientAddress(headers("10.0.0.1", "203.0.113.9"))).toBe("203.0.113.9");
    expect(clientAddress(headers("<script>alert(1)</script>", "203.0.113.9"))).toBe("203.0.113.9");
    process.env.TRUST_PROXY_HOPS = "0";
    expect(clientAddress(headers("6.6.6.6, 10.0.0.1", "::ffff:127.0.0.1"))).toBe("127.0.0.1");
    expect(clientAddress(headers(undefined, "2001:db8::1"))).toBe("2001:db8::1");
  });

  it("with N hops takes the Nth address from the right (the peer counted as the last)", () => {
    process.env.TRUST_PROXY_HOPS = "1";
    // The client forged 6.6.6.6; our proxy (10.0.0.2, the peer) appended the address it saw.
    expect(clientAddress(headers("6.6.6.6, 203.0.113.9", "10.0.0.2"))).toBe("203.0.113.9");
    process.env.TRUST_PROXY_HOPS = "2";
    expect(clientAddress(headers("6.6.6.6, 203.0.113.9, 10.0.0.3", "10.0.0.2"))).toBe("203.0.113.9");
  });

  it("says unknown when the trusted entry is not an IP address, or nothing trustworthy is there", () => {
    process.env.TRUST_PROXY_HOPS = "1";
    expect(clientAddress(headers("<script>", "10.0.0.2"))).toBe("unknown");
    expect(clientAddress(headers("10.0.0.1", undefined))).toBe("unknown"); // not served by scripts/serve.ts
    delete process.env.TRUST_PROXY_HOPS;
    expect(clientAddress(headers(undefined, undefined))).toBe("unknown");
    expect(clientAddress(headers(undefined, "not-an-ip"))).toBe("unknown");
  });

  it("reads a malformed TRUST_PROXY_HOPS as 0", () => {
    for (const value of ["-1", "1.5", "abc", "999"]) {
      process.env.TRUST_PROXY_HOPS = value;
      expect(clientAddress(headers("6.6.6.6", "203.0.113.9"))).toBe("203.0.113.9");
    }
  });
});
