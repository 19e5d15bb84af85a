// GET /api/reconciliation/deposits/export: the deposits view (funding per funded day and
// lender) as CSV under the page's own query, finance and admin; `format=excel` for the BOM
// variant. Audited (lib/csv/list-export-route.ts).
import { listExportRoute } from "@/lib/csv/list-export-route";
import { depositsExport } from "@/lib/reconciliation/export-deposits";

export const dynamic = "force-dynamic";

export const GET = listExportRoute(depositsExport);
