// GET|POST /api/auth/* — Auth.js sign-in, sign-out and session endpoints.
// GET /api/auth/session answers as signed out (null) for a token whose user is disabled,
// whose password was reset or who signed out everywhere: Auth.js alone only checks the
// token's signature and age.
import type { NextRequest } from "next/server";
import { z } from "zod";

import { handlers } from "@/lib/auth/auth";
import { activeSessionUser } from "@/lib/auth/session";

const sessionBody = z.object({ user: z.object({ id: z.string(), sessionVersion: z.number().optional() }) });

export async function GET(request: NextRequest): Promise<Response> {
  const response = await handlers.GET(request);
  if (request.nextUrl.pathname.replace(/\/$/, "") !== "/api/auth/session" || !response.ok) return response;
  const body = sessionBody.safeParse(
    await response
      .clone()
      .json()
      .catch(() => null),
  );
  if (!body.success) return response;
  if (await activeSessionUser(body.data.user.id, body.data.user.sessionVersion)) return response;
  // Not the refreshed token Auth.js would set: a revoked session is not renewed.
  return Response.json(null, { headers: { "cache-control": "private, no-cache, no-store" } });
}

export const { POST } = handlers;
