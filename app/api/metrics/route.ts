// GET /api/metrics — Prometheus text: deliveries received and applied (per process), the
// backlog, outbound events waiting and the last funding sync (from the database), Node's own.
import { metricsRefusal } from "@/lib/metrics/authorize-metrics";
import { renderMetrics } from "@/lib/metrics/render-metrics";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const refusal = metricsRefusal(request);
  if (refusal) return refusal;
  const { contentType, text } = await renderMetrics();
  return new Response(text, { headers: { "content-type": contentType, "cache-control": "no-store" } });
}
