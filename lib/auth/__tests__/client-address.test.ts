import { afterEach, describe, expect, it } from "vitest";
import { clientAddress } from "../client-address";

const headers = (xff?: string) => new Headers(xff ? { "x-forwarded-for": xff } : {});

describe("clientAddress", () => {
  afterEach(() => {
    delete process.env.TRUST_PROXY_HOPS;
  });
  it("takes the address the nearest hop appended, not one the client made up", () => {
    expect(clientAddress(headers("6.6.6.6, 203.0.113.9"))).toBe("203.0.113.9");
    expect(clientAddress(headers("::ffff:127.0.0.1"))).toBe("127.0.0.1");
  });
  it("skips trusted proxies when TRUST_PROXY_HOPS is set", () => {
    process.env.TRUST_PROXY_HOPS = "1";
    expect(clientAddress(headers("6.6.6.6, 203.0.113.9, 10.0.0.2"))).toBe("203.0.113.9");
  });
  it("says unknown when there is nothing to go on", () => {
    expect(clientAddress(headers())).toBe("unknown");
  });
});
