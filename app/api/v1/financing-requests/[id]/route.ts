// GET /api/v1/financing-requests/{id}: the request, its cart, its application's status and its order.
import { findFinancingRequestResource } from "@/lib/shop-api/financing-request-resource";
import { ProblemError } from "@/lib/shop-api/problem";
import { jsonResponse, shopRoute } from "@/lib/shop-api/shop-route";

export const dynamic = "force-dynamic";

export const GET = shopRoute<{ id: string }>("read", async (_request, { params }) => {
  const found = await findFinancingRequestResource(params.id);
  if (!found) throw new ProblemError(404, "not-found", "No financing request has this id.");
  return jsonResponse(found);
});
