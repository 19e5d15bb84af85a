// POST /api/postbacks/wegetfinancing — WeGetFinancing postbacks (JSON 1.9 / 1.0, URL-encoded legacy).
import { receiveDelivery } from "@/lib/ingest/receive-delivery";
import { wegetfinancingAdapter } from "@/lib/providers/wegetfinancing/adapter";

export const dynamic = "force-dynamic";

export function POST(request: Request) {
  return receiveDelivery(request, wegetfinancingAdapter(), "/api/postbacks/wegetfinancing");
}
