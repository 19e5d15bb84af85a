// Every export is audited: the entry is written before the first byte (an export is on
// record even if the server dies mid-way) and completed with the row count when the stream
// ends, which costs no second pass over the data.
import "server-only";

import type { Actor } from "@/lib/audit/actor";
import type { AuditAction, AuditTargetType } from "@/lib/audit/audit-vocabulary";
import { recordAudit } from "@/lib/audit/record-audit";
import { db, type Prisma } from "@/lib/db/client";

import type { CsvOutcome } from "./stream-rows-csv";

export type ExportAuditEntry = {
  action: AuditAction;
  targetType: AuditTargetType;
  exportId: string;
  details: Prisma.InputJsonObject;
};

/** Records the export; the function it returns completes the entry with the outcome (never throws). */
export async function auditExport(
  actor: Actor,
  entry: ExportAuditEntry,
): Promise<(outcome: Pick<CsvOutcome, "rowCount" | "completed">) => Promise<void>> {
  const { action, targetType, exportId: targetId, details } = entry;
  await db().$transaction((tx) => recordAudit(tx, actor, { action, targetType, targetId, details }));
  return async ({ rowCount, completed }) => {
    try {
      await db().auditLog.updateMany({
        where: { action, targetType, targetId },
        data: { details: { ...details, rowCount, completed } },
      });
    } catch (error) {
      console.error(`[${action}] could not complete the audit entry of ${targetId}: ${(error as Error).message}`);
    }
  };
}
