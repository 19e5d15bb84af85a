// GET /api/v1/events?after=&limit=: the outbound events in order, for shops that poll instead
// of taking them at an endpoint (README "Events"); {data, next_cursor}.
import { findEventsPage } from "@/lib/events/find-events-page";
import { jsonResponse, shopRoute } from "@/lib/shop-api/shop-route";

export const dynamic = "force-dynamic";

export const GET = shopRoute("read", async (request) =>
  jsonResponse(await findEventsPage(new URL(request.url).searchParams)),
);
