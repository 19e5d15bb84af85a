import { describe, expect, it } from "vitest";

import { markPeer, PEER_ADDRESS_HEADER, PEER_PROTO_HEADER, trustedHttps } from "@/lib/server/forwarded";
import { baseSecurityHeaders, createNonce, NON_PAGE_CSP, pageCsp, proxyHandles } from "@/lib/server/security-headers";

const get = (headers: Record<string, string | string[] | undefined>) => (name: string) => {
  const value = headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
};

describe("security headers", () => {
  it("every response: nosniff, same-origin referrer, a permissions policy, no framing", () => {
    expect(baseSecurityHeaders({ https: false })).toEqual({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "same-origin",
      "Permissions-Policy": expect.stringContaining("camera=()"),
      "X-Frame-Options": "DENY",
    });
  });

  it("HSTS only over HTTPS", () => {
    expect(baseSecurityHeaders({ https: true })["Strict-Transport-Security"]).toMatch(/^max-age=\d+/);
    expect(baseSecurityHeaders({ https: false })).not.toHaveProperty("Strict-Transport-Security");
  });

  it("pages: scripts only with the request's nonce, never framed; a new nonce each time", () => {
    const nonce = createNonce();
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(createNonce()).not.toBe(nonce);
    const csp = pageCsp(nonce, false);
    expect(csp).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(NON_PAGE_CSP).toContain("default-src 'none'");
    expect(NON_PAGE_CSP).toContain("frame-ancestors 'none'");
  });

  it("the paths proxy.ts does not handle get the non-page policy from the server", () => {
    expect(proxyHandles("/login")).toBe(true);
    expect(proxyHandles("/settings/users")).toBe(true);
    expect(proxyHandles("/api/health")).toBe(false);
    expect(proxyHandles("/_next/static/chunks/x.js")).toBe(false);
    expect(proxyHandles("/favicon.ico")).toBe(false);
  });
});

describe("trusted scheme for HSTS", () => {
  const request = (headers: Record<string, string>, encrypted = false) => {
    const copy: Record<string, string | string[] | undefined> = { ...headers };
    markPeer(copy, { remoteAddress: "10.0.0.2", encrypted });
    return copy;
  };

  it("the server's private headers replace whatever a client sent under their names", () => {
    const headers = request({ [PEER_ADDRESS_HEADER]: "1.2.3.4", [PEER_PROTO_HEADER]: "https" });
    expect(headers[PEER_ADDRESS_HEADER]).toBe("10.0.0.2");
    expect(headers[PEER_PROTO_HEADER]).toBe("http");
  });

  it("with 0 hops a client's X-Forwarded-Proto: https is not believed", () => {
    expect(trustedHttps(get(request({ "x-forwarded-proto": "https" })), 0)).toBe(false);
    expect(trustedHttps(get(request({}, true)), 0)).toBe(true);
  });

  it("with 1 hop our proxy's X-Forwarded-Proto decides", () => {
    expect(trustedHttps(get(request({ "x-forwarded-proto": "https" })), 1)).toBe(true);
    expect(trustedHttps(get(request({ "x-forwarded-proto": "http" })), 1)).toBe(false);
    // A proxy that appends: the client's "https" is left of what our proxy wrote.
    expect(trustedHttps(get(request({ "x-forwarded-proto": "https, http" })), 1)).toBe(false);
  });
});
