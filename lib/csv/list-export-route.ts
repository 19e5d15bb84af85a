// GET /api/<list>/export for any list: signed in with the list's permission, the page's own
// query (its cursor ignored: the file holds every page), `format=excel` for the BOM variant.
// Stricter than the page, which drops a bad value and shows the rest: an export must hold
// exactly what was asked for, so any issue refuses the whole request (400, in words).
import "server-only";

import { authorizeRequest } from "@/lib/auth/session";
import { env } from "@/lib/config/env";

import { startListExport, type ExportFormat, type ListExport } from "./list-export";

const FORMATS: readonly string[] = ["csv", "excel"] satisfies ExportFormat[];

export function listExportRoute<F extends { from?: string; to?: string }, R>(definition: ListExport<F, R>) {
  return async function GET(request: Request): Promise<Response> {
    const authorized = await authorizeRequest(definition.permission ?? "exportLists");
    if ("response" in authorized) return authorized.response;

    const query = new URL(request.url).searchParams;
    const format = query.get("format") ?? "csv";
    query.delete("format");
    query.delete("cursor");
    const { filters, issues } = definition.read(query);
    if (!FORMATS.includes(format)) issues.unshift(`Format: "${format}" is not one of csv, excel.`);
    if (issues.length) return refused(issues);

    const { fileName, stream } = await startListExport(definition, {
      filters,
      actor: authorized.user,
      timeZone: env().APP_TIMEZONE,
      format: format as ExportFormat,
    });
    return new Response(stream, { headers: csvHeaders(fileName) });
  };
}

function refused(issues: string[]): Response {
  const body = { error: "The export's parameters are not valid.", issues };
  return Response.json(body, { status: 400, headers: { "cache-control": "no-store" } });
}

/** A download that is never cached or sniffed as anything but CSV. */
export function csvHeaders(fileName: string): HeadersInit {
  return [
    ["content-type", "text/csv; charset=utf-8"],
    ["content-disposition", `attachment; filename="${fileName}"`],
    ["cache-control", "private, no-store"],
    ["x-content-type-options", "nosniff"],
  ];
}
