import { readdirSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { GET } from "@/app/api/v1/openapi.json/route";
import { financingRequestBodySchema } from "@/lib/shop-api/financing-request-body";
import { guideBody } from "@/test/shop-api";

type Operation = { responses?: Record<string, unknown>; security?: unknown[]; parameters?: { name: string }[] };
type Document = {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, { type: string; scheme: string }> };
  webhooks?: Record<string, unknown>;
};

/** Every route under app/api/v1 as an OpenAPI path: [id] becomes {id}. */
function routePaths(dir = "app/api/v1", prefix = "/api/v1"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === "route.ts") return [prefix];
    if (!entry.isDirectory() || entry.name === "__tests__") return [];
    return routePaths(path.join(dir, entry.name), `${prefix}/${entry.name.replace(/^\[(.+)\]$/, "{$1}")}`);
  });
}

function refs(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refs);
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => (k === "$ref" && typeof v === "string" ? [v] : refs(v)));
  return [];
}

describe("GET /api/v1/openapi.json", async () => {
  const response = GET();
  const document = (await response.json()) as Document;

  it("is OpenAPI 3.1 with a bearer security scheme", () => {
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(document.openapi).toMatch(/^3\.1\.\d+$/);
    expect(document.components.securitySchemes.apiKey).toMatchObject({ type: "http", scheme: "bearer" });
  });

  it("has every route under app/api/v1, each operation with responses, problem+json for its errors", () => {
    // Every route there is, and every route of the README's Shop API table.
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(routePaths()));
    expect(Object.keys(document.paths).sort()).toEqual([
      "/api/v1/applications/{id}",
      "/api/v1/events",
      "/api/v1/financing-requests",
      "/api/v1/financing-requests/{id}",
      "/api/v1/openapi.json",
      "/api/v1/orders",
    ]);
    for (const [route, methods] of Object.entries(document.paths))
      for (const [method, operation] of Object.entries(methods)) {
        expect(Object.keys(operation.responses ?? {}), `${method} ${route}`).not.toHaveLength(0);
        const errors = Object.entries(operation.responses ?? {}).filter(([status]) => Number(status) >= 400);
        for (const [status, answer] of errors)
          if (route !== "/api/v1/events")
            expect(Object.keys((answer as { content?: object }).content ?? {}), `${method} ${route} ${status}`).toEqual(
              ["application/problem+json"],
            );
      }
    expect(document.paths["/api/v1/orders"]!.get!.parameters!.map((p) => p.name)).toEqual([
      "status",
      "updated_after",
      "cursor",
      "limit",
    ]);
    expect(document.webhooks).toHaveProperty(["order.created"]);
  });

  it("resolves every $ref to a component", () => {
    const missing = refs(document).filter((ref) => {
      const name = ref.replace("#/components/schemas/", "");
      return !ref.startsWith("#/components/schemas/") || !(name in document.components.schemas);
    });
    expect(missing).toEqual([]);
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining([
        "FinancingRequestBody",
        "FinancingRequest",
        "Application",
        "Order",
        "OrderPage",
        "Problem",
      ]),
    );
  });

  it("documents the body the route reads: the guide's example body passes the same schema", () => {
    const body = document.components.schemas.FinancingRequestBody as { properties: Record<string, unknown> };
    expect(Object.keys(body.properties)).toEqual(expect.arrayContaining(Object.keys(guideBody())));
    expect(financingRequestBodySchema.safeParse(guideBody()).success).toBe(true);
  });
});
