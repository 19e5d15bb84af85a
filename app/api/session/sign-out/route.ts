// POST /api/session/sign-out — ends the session and returns to /login.
// Deleting the cookie alone is not enough: a request already in flight (a link
// prefetch) can bring back a refreshed copy. Bumping the user's session version
// makes every token issued so far worthless, so sign-out signs out all devices.
import { cookies } from "next/headers";

import { currentUser } from "@/lib/auth/session";
import { endSessions } from "@/lib/users/end-sessions";

export async function POST(request: Request) {
  // Only our own pages may sign someone out (the cookie is SameSite=Lax as well).
  // An Origin that is not a URL (`null` from a sandboxed frame or a privacy redirect) is refused too.
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (origin && host && originHost(origin) !== host) {
    return Response.json({ error: "Cross-site sign-out refused." }, { status: 403 });
  }
  const user = await currentUser();
  if (user) await endSessions(user.id);
  const jar = await cookies();
  for (const { name } of jar.getAll()) {
    if (name.includes("authjs.session-token")) jar.delete({ name, path: "/", secure: name.startsWith("__Secure-") });
  }
  return new Response(null, { status: 303, headers: { location: "/login" } });
}

function originHost(origin: string): string | undefined {
  return URL.canParse(origin) ? new URL(origin).host : undefined;
}
