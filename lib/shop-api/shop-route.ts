// Every Shop API route is built here, so none can skip a step: the key (401 when missing,
// unknown or revoked; 403 for a read key on a write), then the work; a ProblemError becomes
// problem+json, anything else a 500 problem (logged, never shown).
import "server-only";

import { authenticateApiKey, type ApiCaller } from "@/lib/api-keys/authenticate-api-key";

import { ProblemError, problemResponse } from "./problem";

export type ShopScope = "read" | "write";

type RouteContext<P> = { params: Promise<P> };
type Work<P> = (request: Request, context: { caller: ApiCaller; params: P }) => Promise<Response>;

const CHALLENGE = { "www-authenticate": 'Bearer realm="shop-api"' };

export function shopRoute<P = Record<string, never>>(scope: ShopScope, work: Work<P>) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      const caller = await callerOf(request);
      if (scope === "write" && caller.scope !== "WRITE")
        throw new ProblemError(403, "forbidden", "This key may only read: create a key with the write scope.");
      const response = await work(request, { caller, params: await context.params });
      response.headers.set("cache-control", "no-store");
      return response;
    } catch (error) {
      if (error instanceof ProblemError) return problemResponse(error);
      console.error(`[shop-api] ${request.method} ${new URL(request.url).pathname} failed:`, error);
      return problemResponse(new ProblemError(500, "server-error", "The desk could not answer; try again later."));
    }
  };
}

async function callerOf(request: Request): Promise<ApiCaller> {
  const header = request.headers.get("authorization");
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  if (!match)
    throw new ProblemError(401, "unauthorized", "Send an API key: Authorization: Bearer <key>.", undefined, CHALLENGE);
  const caller = await authenticateApiKey(match[1]!);
  if (!caller)
    throw new ProblemError(401, "unauthorized", "The API key is unknown or was revoked.", undefined, CHALLENGE);
  return caller;
}

/** A JSON answer of the Shop API. */
export function jsonResponse(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}
