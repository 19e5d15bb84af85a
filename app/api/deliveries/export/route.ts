// GET /api/deliveries/export: the delivery log as CSV under the page's own query (all pages), `format=excel`
// for the BOM variant. Streams in constant memory; audited (lib/csv/list-export-route.ts).
import { listExportRoute } from "@/lib/csv/list-export-route";
import { deliveriesExport } from "@/lib/deliveries/export-deliveries";

export const dynamic = "force-dynamic";

export const GET = listExportRoute(deliveriesExport);
