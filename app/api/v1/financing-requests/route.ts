// POST /api/v1/financing-requests: the shop's checkout asks for financing with WeGetFinancing's
// own Create Request body; answers 201 with the lightbox href (README "Shop API").
import { idempotentWrite } from "@/lib/shop-api/idempotent-write";
import { readFinancingRequestBody } from "@/lib/shop-api/read-financing-request-body";
import { readJsonBody } from "@/lib/shop-api/read-json-body";
import { shopRoute } from "@/lib/shop-api/shop-route";
import { submitFinancingRequest } from "@/lib/shop-api/submit-financing-request";

export const dynamic = "force-dynamic";

export const POST = shopRoute("write", async (request, { caller }) => {
  const body = await readJsonBody(request);
  const read = readFinancingRequestBody(body);
  return idempotentWrite(request, caller, body, () =>
    submitFinancingRequest(read, { id: null, email: `api-key:${caller.name}` }),
  );
});
