// GET /api/disputes/export: the dispute list as CSV under the page's own query (all pages), `format=excel`
// for the BOM variant. Streams in constant memory; audited (lib/csv/list-export-route.ts).
import { listExportRoute } from "@/lib/csv/list-export-route";
import { disputesExport } from "@/lib/disputes/export-disputes";

export const dynamic = "force-dynamic";

export const GET = listExportRoute(disputesExport);
