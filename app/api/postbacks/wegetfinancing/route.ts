// POST /api/postbacks/wegetfinancing — WeGetFinancing postbacks (JSON 1.9 / 1.0, URL-encoded legacy).
import { receiveDelivery, receiveWrongMethod } from "@/lib/ingest/receive-delivery";
import { wegetfinancingAdapter } from "@/lib/providers/wegetfinancing/adapter";

export const dynamic = "force-dynamic";

export function POST(request: Request) {
  return receiveDelivery(request, wegetfinancingAdapter(), "/api/postbacks/wegetfinancing");
}

// Any other method is answered 405 (Allow: POST) and stored, so a misconfigured sender shows in the log.
function wrongMethod(request: Request) {
  return receiveWrongMethod(request, wegetfinancingAdapter(), "/api/postbacks/wegetfinancing");
}

export { wrongMethod as GET, wrongMethod as PUT, wrongMethod as PATCH, wrongMethod as DELETE };
