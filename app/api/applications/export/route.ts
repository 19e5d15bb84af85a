// GET /api/applications/export: the applications list as CSV under the page's own query (all pages), `format=excel`
// for the BOM variant. Streams in constant memory; audited (lib/csv/list-export-route.ts).
import { applicationsExport } from "@/lib/applications/export-applications";
import { listExportRoute } from "@/lib/csv/list-export-route";

export const dynamic = "force-dynamic";

export const GET = listExportRoute(applicationsExport);
