// GET /api/v1/orders?status=&updated_after=&cursor=&limit=: orders by last change, oldest
// first, in keyset pages {data, next_cursor} (README "Shop API").
import { findOrderPage } from "@/lib/shop-api/find-order-page";
import { jsonResponse, shopRoute } from "@/lib/shop-api/shop-route";

export const dynamic = "force-dynamic";

export const GET = shopRoute("read", async (request) =>
  jsonResponse(await findOrderPage(new URL(request.url).searchParams)),
);
