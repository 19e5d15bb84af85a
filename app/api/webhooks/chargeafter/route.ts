// POST /api/webhooks/chargeafter — ChargeAfter application, dispute, post-sale and consumer-confirmation webhooks.
import { receiverRoute } from "@/lib/ingest/receiver-route";
import { chargeAfterAdapter } from "@/lib/providers/chargeafter/adapter";

export const dynamic = "force-dynamic";

export const { POST, GET, PUT, PATCH, DELETE } = receiverRoute(() => chargeAfterAdapter(), "/api/webhooks/chargeafter");
