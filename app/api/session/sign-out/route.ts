// POST /api/session/sign-out — ends the browser's session and returns to /login.
// A route handler (outside the proxy) so no session refresh races the deletion.
import { cookies } from "next/headers";

export async function POST(request: Request) {
  // Only our own pages may sign someone out (the cookie is SameSite=Lax as well).
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (origin && host && new URL(origin).host !== host) {
    return Response.json({ error: "Cross-site sign-out refused." }, { status: 403 });
  }
  const jar = await cookies();
  for (const { name } of jar.getAll()) {
    if (name.includes("authjs.session-token")) jar.delete({ name, path: "/", secure: name.startsWith("__Secure-") });
  }
  return new Response(null, { status: 303, headers: { location: "/login" } });
}
