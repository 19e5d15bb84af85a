// GET /api/orders/export: the order list as CSV under the page's own query (all pages), `format=excel`
// for the BOM variant. Streams in constant memory; audited (lib/csv/list-export-route.ts).
import { listExportRoute } from "@/lib/csv/list-export-route";
import { ordersExport } from "@/lib/orders/export-orders";

export const dynamic = "force-dynamic";

export const GET = listExportRoute(ordersExport);
