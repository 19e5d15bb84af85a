// The CSV export of the funding report: the file name, the audit entry, and the stream.
// The audit entry is written before the first byte (an export is recorded even if the
// server dies mid-way) and completed with the row count when the stream ends, which
// costs no second pass over the data.
import "server-only";

import { randomUUID } from "node:crypto";

import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db, type Prisma } from "@/lib/db/client";

import type { FundingFilters } from "./funding-filters";
import { streamFundingCsv } from "./stream-funding-csv";

export type FundingExport = { exportId: string; fileName: string; stream: ReadableStream<Uint8Array> };

export async function exportFundingReport(input: {
  filters: FundingFilters;
  actor: Actor;
  timeZone: string;
  now?: Date;
}): Promise<FundingExport> {
  const { filters, actor, timeZone } = input;
  const exportId = randomUUID();
  const fileName = fundingExportFileName(filters, timeZone, input.now ?? new Date());
  const details = { fileName, filters: JSON.parse(JSON.stringify(filters)) as Prisma.InputJsonObject };
  await db().$transaction((tx) =>
    recordAudit(tx, actor, { action: "funding.export", targetType: "funding-export", targetId: exportId, details }),
  );
  const stream = streamFundingCsv({
    filters,
    timeZone,
    onFinish: async ({ rowCount, completed }) => {
      await db()
        .auditLog.updateMany({
          where: { action: "funding.export", targetType: "funding-export", targetId: exportId },
          data: { details: { ...details, rowCount, completed } },
        })
        .catch((error: Error) =>
          console.error(`[funding.export] could not complete the audit entry of ${exportId}: ${error.message}`),
        );
    },
  });
  return { exportId, fileName, stream };
}

/**
 * Says what the file holds and when: funding-report_2026-11-01_2026-11-30.csv; with only a
 * start, up to today; without a range, funding-report_all_<today>.csv. "funded" marks a
 * range on the funding date rather than the transaction date.
 */
export function fundingExportFileName(filters: FundingFilters, timeZone: string, now: Date): string {
  const today = format(new TZDate(now.getTime(), timeZone), "yyyy-MM-dd");
  const kind = filters.dateField === "fundedAt" ? "funding-report_funded" : "funding-report";
  if (filters.from) return `${kind}_${filters.from}_${filters.to ?? today}.csv`;
  if (filters.to) return `${kind}_until_${filters.to}.csv`;
  return `${kind}_all_${today}.csv`;
}
