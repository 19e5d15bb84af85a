// One list's export, declared once (lib/<domain>/export-<list>.ts): who may download it, its
// query reader (the page's own), what its file name mentions, its columns, and its rows in
// batches. startListExport audits it and streams it.
import "server-only";

import { randomUUID } from "node:crypto";

import type { Actor } from "@/lib/audit/actor";
import type { AuditAction } from "@/lib/audit/audit-vocabulary";
import type { Permission } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/db/client";
import type { Cursor, CursorIdKind, Page } from "@/lib/pagination/keyset";

import { auditExport } from "./audit-export";
import type { CsvColumn } from "./csv-columns";
import { exportFileName, type NameParts } from "./export-file-name";
import { keysetBatches } from "./keyset-batches";
import { streamRowsCsv } from "./stream-rows-csv";

type DayRange = { from?: string; to?: string };

export type ListExport<F extends DayRange, R> = {
  /** The file name's first word and the audit entry's list: "applications". */
  list: string;
  action: AuditAction;
  /** Who may download it; the operational lists: whoever may see them (viewOperations). */
  permission?: Permission;
  /** The list page's query reader. */
  read: (params: URLSearchParams) => { filters: F; issues: string[] };
  nameParts: NameParts<F>;
  columns: readonly CsvColumn<R>[];
  /** One page of the list as its page reads it (every page is read in turn, EXPORT_BATCH_SIZE rows each). */
  /** The list's cursor id (the page reader's `cursorId`); uuid unless said. */
  cursorId?: CursorIdKind;
  findPage: (filters: F, cursor: Cursor | null, context: ExportContext) => Promise<Page<R>>;
};

export type ExportContext = { timeZone: string; now: Date; pageSize: number };

export type ExportFormat = "csv" | "excel";

export async function startListExport<F extends DayRange, R>(
  definition: ListExport<F, R>,
  input: { filters: F; actor: Actor; timeZone: string; format: ExportFormat; now?: Date },
): Promise<{ exportId: string; fileName: string; stream: ReadableStream<Uint8Array> }> {
  const { filters, timeZone, format } = input;
  const now = input.now ?? new Date();
  const exportId = randomUUID();
  const fileName = exportFileName({ list: definition.list, filters, nameParts: definition.nameParts, timeZone, now });
  const finish = await auditExport(input.actor, {
    action: definition.action,
    targetType: "list-export",
    exportId,
    details: {
      list: definition.list,
      fileName,
      format,
      timeZone,
      filters: JSON.parse(JSON.stringify(filters)) as Prisma.InputJsonObject,
    },
  });
  const stream = streamRowsCsv({
    columns: definition.columns,
    batches: keysetBatches(
      (cursor, pageSize) => definition.findPage(filters, cursor, { timeZone, now, pageSize }),
      definition.cursorId,
    ),
    timeZone,
    bom: format === "excel",
    onFinish: finish,
  });
  return { exportId, fileName, stream };
}
