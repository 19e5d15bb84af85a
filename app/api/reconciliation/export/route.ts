// GET /api/reconciliation/export: the funding report as CSV under the same query parameters
// as the /reconciliation page (finance and admin). Streams in constant memory; audited.
import { authorizeRequest } from "@/lib/auth/session";
import { env } from "@/lib/config/env";
import { exportFundingReport } from "@/lib/reconciliation/export-funding-report";
import { readFundingExportFilters } from "@/lib/reconciliation/funding-filters";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const authorized = await authorizeRequest("exportFunding");
  if ("response" in authorized) return authorized.response;

  // Stricter than the page, which drops a bad value and shows the rest: an export must hold
  // exactly what was asked for, so any parameter it cannot read refuses the whole request.
  const { filters, issues } = readFundingExportFilters(new URL(request.url).searchParams);
  if (issues.length)
    return Response.json(
      { error: "The export's parameters are not valid.", issues },
      { status: 400, headers: { "cache-control": "no-store" } },
    );

  const { fileName, stream } = await exportFundingReport({
    filters,
    actor: authorized.user,
    timeZone: env().APP_TIMEZONE,
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
