// POST /api/webhooks/chargeafter — ChargeAfter application, dispute, post-sale and consumer-confirmation webhooks.
import { receiveDelivery } from "@/lib/ingest/receive-delivery";
import { chargeAfterAdapter } from "@/lib/providers/chargeafter/adapter";

export const dynamic = "force-dynamic";

export function POST(request: Request) {
  return receiveDelivery(request, chargeAfterAdapter(), "/api/webhooks/chargeafter");
}
