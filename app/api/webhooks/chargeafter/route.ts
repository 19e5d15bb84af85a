// POST /api/webhooks/chargeafter — ChargeAfter application, dispute, post-sale and consumer-confirmation webhooks.
import { receiveDelivery, receiveWrongMethod } from "@/lib/ingest/receive-delivery";
import { chargeAfterAdapter } from "@/lib/providers/chargeafter/adapter";

export const dynamic = "force-dynamic";

export function POST(request: Request) {
  return receiveDelivery(request, chargeAfterAdapter(), "/api/webhooks/chargeafter");
}

// Any other method is answered 405 (Allow: POST) and stored, so a misconfigured sender shows in the log.
function wrongMethod(request: Request) {
  return receiveWrongMethod(request, chargeAfterAdapter(), "/api/webhooks/chargeafter");
}

export { wrongMethod as GET, wrongMethod as PUT, wrongMethod as PATCH, wrongMethod as DELETE };
