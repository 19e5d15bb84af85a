// GET /api/health/live — liveness: answers while the process serves requests; no database.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
