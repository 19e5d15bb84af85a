// GET /api/audit/export: the audit log as CSV under the page's own query (all pages), `format=excel`
// for the BOM variant; admin only. Streams in constant memory; audited (lib/csv/list-export-route.ts).
import { auditLogExport } from "@/lib/audit/export-audit-log";
import { listExportRoute } from "@/lib/csv/list-export-route";

export const dynamic = "force-dynamic";

export const GET = listExportRoute(auditLogExport);
