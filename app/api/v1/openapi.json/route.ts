// GET /api/v1/openapi.json: the Shop API as OpenAPI 3.1, generated from the routes' own zod
// schemas. Public, like any API description: it holds no data and no secret.
import { shopApiDocument } from "@/lib/shop-api/openapi-document";

export const dynamic = "force-dynamic";

export function GET() {
  return Response.json(shopApiDocument(), { headers: { "cache-control": "public, max-age=300" } });
}
