// One funding record with its earlier versions, newest first, and which report fields
// changed at each step: how finance sees that a mismatch was later reconciled.
import "server-only";

import { z } from "zod";

import { db } from "@/lib/db/client";
import { FUNDING_RECORD_FIELDS, type FundingRecordField } from "@/lib/providers/chargeafter/funding-record-schema";

export const getFundingRecordHistorySchema = z.object({
  transactionId: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .refine((id) => !id.includes("\0"), { error: "A transaction id holds no NUL character." }),
});

/** Report fields as plain values: amounts as exact strings ("1299.99"), times as ISO 8601 UTC, absent as null. */
export type FundingRecordValues = Record<FundingRecordField, string | null>;

export type FundingRecordVersionEntry = {
  version: number;
  values: FundingRecordValues;
  /** When this version was replaced by the next one (null for the current one). */
  replacedAt: Date | null;
  syncRunId: string | null;
  /** Fields that differ from the version before (empty for the first). */
  changedFields: FundingRecordField[];
};

export type FundingRecordHistory = {
  transactionId: string;
  applicationId: string | null;
  firstSeenAt: Date;
  lastSyncedAt: Date;
  /** Amounts the report sent with more than two decimals, exactly as sent (the record holds them in cents): flagged amount-rounded. */
  amountsExact: Partial<Record<FundingRecordField, string>> | null;
  /** Newest first; the first entry is the record as it is now. */
  versions: FundingRecordVersionEntry[];
};

export async function getFundingRecordHistory(
  input: z.input<typeof getFundingRecordHistorySchema>,
): Promise<FundingRecordHistory | null> {
  const { transactionId } = getFundingRecordHistorySchema.parse(input);
  const record = await db().fundingRecord.findUnique({
    where: { transactionId },
    include: { versions: { orderBy: { version: "asc" } } },
  });
  if (!record) return null;
  const oldest: Omit<FundingRecordVersionEntry, "changedFields">[] = record.versions.map((v) => ({
    version: v.version,
    values: fromJson(v.data),
    replacedAt: v.replacedAt,
    syncRunId: v.syncRunId,
  }));
  oldest.push({ version: record.version, values: fromRecord(record), replacedAt: null, syncRunId: null });
  const entries = oldest.map((entry, i) => ({
    ...entry,
    changedFields: i === 0 ? [] : diff(oldest[i - 1]!.values, entry.values),
  }));
  return {
    transactionId: record.transactionId,
    applicationId: record.applicationId,
    firstSeenAt: record.firstSeenAt,
    lastSyncedAt: record.lastSyncedAt,
    amountsExact: (record.amountsExact as FundingRecordHistory["amountsExact"]) ?? null,
    versions: entries.reverse(),
  };
}

function diff(before: FundingRecordValues, after: FundingRecordValues): FundingRecordField[] {
  return FUNDING_RECORD_FIELDS.filter((field) => before[field] !== after[field]);
}

function fromJson(data: unknown): FundingRecordValues {
  const object = (data ?? {}) as Record<string, unknown>;
  return Object.fromEntries(
    FUNDING_RECORD_FIELDS.map((field) => [field, object[field] == null ? null : String(object[field])]),
  ) as FundingRecordValues;
}

type StoredRecord = Record<FundingRecordField, unknown>;

function fromRecord(record: StoredRecord): FundingRecordValues {
  return Object.fromEntries(
    FUNDING_RECORD_FIELDS.map((field) => {
      const value = record[field];
      if (value == null) return [field, null];
      if (value instanceof Date) return [field, value.toISOString()];
      if (typeof value === "object" && "toFixed" in value)
        return [field, (value as { toFixed(n: number): string }).toFixed(2)];
      return [field, String(value)];
    }),
  ) as FundingRecordValues;
}
