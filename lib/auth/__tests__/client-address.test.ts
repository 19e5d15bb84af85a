import { afterEach, describe, expect, it } from "vitest";

import { clientAddress } from "@/lib/auth/client-address";
import { env, resetEnvCache } from "@/lib/config/env";
import { PEER_ADDRESS_HEADER } from "@/lib/server/forwarded";

// TRUST_PROXY_HOPS is read through the env schema, parsed once: a change takes effect after a reset.
function setHops(value: string | undefined) {
  if (value === undefined) delete process.env.TRUST_PROXY_HOPS;
  else process.env.TRUST_PROXY_HOPS = value;
  resetEnvCache();
}

// What scripts/serve.ts hands on: the client's X-Forwarded-For (if any) and the socket's peer.
const headers = (xff: string | undefined, peer: string | undefined) =>
  new Headers({
    ...(xff === undefined ? {} : { "x-forwarded-for": xff }),
    ...(peer === undefined ? {} : { [PEER_ADDRESS_HEADER]: peer }),
  });

describe("clientAddress", () => {
  afterEach(() => {
    setHops(undefined);
  });

  it("with TRUST_PROXY_HOPS=0 (the default) uses the socket's peer, whatever X-Forwarded-For the client sends", () => {
    expect(clientAddress(headers("10.0.0.1", "203.0.113.9"))).toBe("203.0.113.9");
    expect(clientAddress(headers("<script>alert(1)</script>", "203.0.113.9"))).toBe("203.0.113.9");
    setHops("0");
    expect(clientAddress(headers("6.6.6.6, 10.0.0.1", "::ffff:127.0.0.1"))).toBe("127.0.0.1");
    expect(clientAddress(headers(undefined, "2001:db8::1"))).toBe("2001:db8::1");
  });

  it("with N hops takes the Nth address from the right (the peer counted as the last)", () => {
    setHops("1");
    // The client forged 6.6.6.6; our proxy (10.0.0.2, the peer) appended the address it saw.
    expect(clientAddress(headers("6.6.6.6, 203.0.113.9", "10.0.0.2"))).toBe("203.0.113.9");
    setHops("2");
    expect(clientAddress(headers("6.6.6.6, 203.0.113.9, 10.0.0.3", "10.0.0.2"))).toBe("203.0.113.9");
  });

  it("says unknown when the trusted entry is not an IP address, or nothing trustworthy is there", () => {
    setHops("1");
    expect(clientAddress(headers("<script>", "10.0.0.2"))).toBe("unknown");
    expect(clientAddress(headers("10.0.0.1", undefined))).toBe("unknown"); // not served by scripts/serve.ts
    setHops(undefined);
    expect(clientAddress(headers(undefined, undefined))).toBe("unknown");
    expect(clientAddress(headers(undefined, "not-an-ip"))).toBe("unknown");
  });

  it("refuses a malformed TRUST_PROXY_HOPS with its reason instead of guessing", () => {
    for (const value of ["-1", "1.5", "abc", "999"]) {
      setHops(value);
      expect(() => env()).toThrow(
        `TRUST_PROXY_HOPS: must be a whole number from 0 to 20 (unset means 0), not ${JSON.stringify(value)}`,
      );
      expect(() => clientAddress(headers("6.6.6.6", "203.0.113.9"))).toThrow(/TRUST_PROXY_HOPS/);
    }
    setHops(" ");
    expect(clientAddress(headers("6.6.6.6", "203.0.113.9"))).toBe("203.0.113.9"); // blank: the default 0
  });
});
