// Every page request: a fresh CSP nonce (Next puts it on its own scripts when it finds it
// in the request's Content-Security-Policy), and visitors without a session go to
// /login?callbackUrl=<path>. Leaves api/ alone: provider receivers, health checks and
// Auth.js itself must never be redirected (scripts/serve.ts gives them their headers).
import NextAuth from "next-auth";
import { NextResponse } from "next/server";

import { authConfig } from "./lib/auth/auth.config";
import { createNonce, pageCsp } from "./lib/server/security-headers";

const { auth } = NextAuth(authConfig);

export const proxy = auth((request) => {
  const nonce = createNonce();
  const csp = pageCsp(nonce);
  let response: NextResponse;
  if (request.auth?.user || request.nextUrl.pathname === "/login") {
    const headers = new Headers(request.headers);
    headers.set("x-nonce", nonce);
    headers.set("content-security-policy", csp);
    response = NextResponse.next({ request: { headers } });
  } else {
    const login = request.nextUrl.clone();
    login.pathname = "/login";
    login.search = "";
    login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
    response = NextResponse.redirect(login);
  }
  response.headers.set("content-security-policy", csp);
  return response;
});

// Keep in step with proxyHandles() in lib/server/security-headers.ts (this must be a literal).
export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
