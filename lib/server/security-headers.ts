// The security headers every response carries. The custom server (scripts/serve.ts) sets
// them on every response; pages get their Content-Security-Policy from proxy.ts instead,
// with a fresh nonce per request for Next's scripts.

export const HSTS = "max-age=31536000; includeSubDomains";

/** For pages: scripts only with this request's nonce (and what they load: 'strict-dynamic'). */
export function pageCsp(nonce: string, dev = process.env.NODE_ENV === "development"): string {
  return [
    "default-src 'self'",
    // Dev mode (React Refresh) evaluates code; a production build never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // React and the charts write style attributes, which nonces cannot cover; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** For everything that is not a page (API answers, static files, raw bodies): nothing may run. */
export const NON_PAGE_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox";

export const PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

/** The headers that do not depend on the page: every response gets them. */
export function baseSecurityHeaders({ https }: { https: boolean }): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": PERMISSIONS_POLICY,
    "X-Frame-Options": "DENY",
    // Only over HTTPS: over plain HTTP the header is meaningless and would mislead.
    ...(https ? { "Strict-Transport-Security": HSTS } : {}),
  };
}

/**
 * Whether proxy.ts handles this path (and so sets its page CSP). Mirrors proxy.ts's
 * matcher, which must stay a literal there: api/, _next/static, _next/image, favicon.ico, robots.txt.
 */
export function proxyHandles(pathname: string): boolean {
  return !/^\/(api\/|_next\/static|_next\/image|favicon\.ico|robots\.txt)/.test(pathname);
}

/** A fresh, unguessable nonce (128 bits, base64). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
