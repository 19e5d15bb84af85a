// Shop API test builders: a key of a scope, requests as a shop's server sends them, and the
// setup of a route test (the fake WeGetFinancing API, a clean database, a write key).
import { afterAll, beforeAll, beforeEach } from "vitest";

import { createApiKey } from "../lib/api-keys/create-api-key";
import { startFakeWgfApi, type FakeWgfApi } from "./fakes/wegetfinancing-api";
import { configureProviders, WGF_CREDENTIALS } from "./provider-requests";
import { resetDatabase } from "./reset-database";

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

/** Registers the hooks; the returned object holds the fake API and a fresh write key for each test. */
export function setUpShopApi(options: { publicBaseUrl?: string } = {}) {
  const shop = {} as { api: FakeWgfApi; key: string };
  beforeAll(async () => {
    shop.api = await startFakeWgfApi({ merchantId: "m-1", ...WGF_CREDENTIALS });
    configureProviders({
      WGF_MERCHANT_ID: "m-1",
      WGF_API_BASE_URL: shop.api.baseUrl,
      PUBLIC_BASE_URL: options.publicBaseUrl,
    });
  });
  afterAll(async () => {
    configureProviders({ WGF_MERCHANT_ID: undefined, WGF_API_BASE_URL: undefined, PUBLIC_BASE_URL: undefined });
    await shop.api.close();
  });
  beforeEach(async () => {
    await resetDatabase();
    shop.key = await shopKey("write");
  });
  return shop;
}
