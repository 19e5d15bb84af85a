// POST /api/postbacks/wegetfinancing — WeGetFinancing postbacks (JSON 1.9 / 1.0, URL-encoded legacy).
import { receiverRoute } from "@/lib/ingest/receiver-route";
import { wegetfinancingAdapter } from "@/lib/providers/wegetfinancing/adapter";

export const dynamic = "force-dynamic";

export const { POST, GET, PUT, PATCH, DELETE } = receiverRoute(
  () => wegetfinancingAdapter(),
  "/api/postbacks/wegetfinancing",
);
