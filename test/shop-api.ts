// Shop API test builders: a key of a scope, and requests as a shop's server sends them.
import { createApiKey } from "../lib/api-keys/create-api-key";

export { guideBody } from "./shop-api-body";

const admin = { id: null, email: "admin@example.com" };

export async function shopKey(scope: "read" | "write" = "write", name = `shop-${scope}`): Promise<string> {
  return (await createApiKey({ name, scope }, admin)).key;
}

type Options = { key?: string; body?: unknown; headers?: Record<string, string>; method?: string };

export function shopRequest(path: string, { key, body, headers = {}, method }: Options = {}): Request {
  return new Request(`http://desk.test/api/v1${path}`, {
    method: method ?? (body === undefined ? "GET" : "POST"),
    headers: {
      ...(key ? { authorization: `Bearer ${key}` } : {}),
      ...(body === undefined ? {} : { "content-type": "application/json" }),
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
}

/** Route handler context for a route without dynamic segments, or with these params. */
export const routeContext = <P extends object = Record<string, never>>(params = {} as P) => ({
  params: Promise.resolve(params),
});
