// GET /api/v1/applications/{id}: an application by our id or the provider's, with each lender's
// outcome, the amounts, the customer and the timeline.
import { findApplicationResource } from "@/lib/shop-api/application-resource";
import { ProblemError } from "@/lib/shop-api/problem";
import { jsonResponse, shopRoute } from "@/lib/shop-api/shop-route";

export const dynamic = "force-dynamic";

export const GET = shopRoute<{ id: string }>("read", async (_request, { params }) => {
  const found = await findApplicationResource(params.id);
  if (!found) throw new ProblemError(404, "not-found", "No application has this id (ours or the provider's).");
  return jsonResponse(found);
});
