// Writes a batch of report records in one set-based statement (no round trip per row):
// new records are inserted; a record whose report fields changed keeps its previous
// values as a FundingRecordVersion and gets version + 1; an unchanged record is not
// written at all, so re-running a sync is cheap and changes nothing. Then links the
// batch's records to our applications (lib/links/relink-sales). Call inside a transaction
// holding lockFundingWrites(), so two writers never version the same record at once.
import type pg from "pg";

import { relinkSales } from "@/lib/links/relink-sales";
import type { FundingRecordInput } from "@/lib/providers/chargeafter/funding-record-schema";

export type UpsertCounts = { inserted: number; changed: number; unchanged: number };

/** The report's fields, in the order of the statement's arrays. */
const COLUMNS = [
  ["transactionId", "text"],
  ["chargeId", "text"],
  ["transactionType", "text"],
  ["transactionDate", "timestamptz"],
  ["transactionAmount", "numeric"],
  ["discountAmount", "numeric"],
  ["netAmount", "numeric"],
  ["fundedAt", "timestamptz"],
  ["updatedAt", "timestamptz"],
  ["status", "text"],
  ["lenderName", "text"],
  ["lenderReferenceId", "text"],
  ["merchantOrderId", "text"],
  ["merchantTransactionId", "text"],
  ["productType", "text"],
  ["promoCode", "text"],
  ["firstName", "text"],
  ["lastName", "text"],
  ["email", "text"],
  // Exact text of amounts with more than two decimals (the columns above hold cents).
  ["amountsExact", "jsonb"],
] as const satisfies readonly (readonly [keyof FundingRecordInput, string])[];

const q = (name: string) => `"${name}"`;
const names = COLUMNS.map(([name]) => q(name));
const reportFields = (alias: string) => `(${COLUMNS.map(([name]) => `${alias}.${q(name)}`).join(", ")})`;
const iso = (expr: string) => `to_char(${expr} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The record as it was, for its version row: amounts as exact strings, times as ISO 8601 UTC. */
const versionJson = `jsonb_build_object(${COLUMNS.map(([name, type]) => {
  const value =
    type === "numeric" ? `c.${q(name)}::text` : type === "timestamptz" ? iso(`c.${q(name)}`) : `c.${q(name)}`;
  return `'${name}', ${value}`;
}).join(", ")}, 'version', c.version, 'applicationId', c."applicationId")`;

function upsertSql(keepStored: ReadonlySet<string>): string {
  return `
WITH input AS (
  SELECT ${COLUMNS.map(([name]) => (keepStored.has(name) ? `c.${q(name)}` : `u.${q(name)}`)).join(", ")}
  FROM unnest(${COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(", ")}) AS u(${names.join(", ")})
  ${keepStored.size ? `LEFT JOIN "FundingRecord" c ON c."transactionId" = u."transactionId"` : ""}
),
changed AS (
  SELECT c.* FROM "FundingRecord" c JOIN input i USING ("transactionId")
  WHERE ${reportFields("c")} IS DISTINCT FROM ${reportFields("i")}
),
versions AS (
  INSERT INTO "FundingRecordVersion" (id, "transactionId", version, data, "replacedAt", "syncRunId")
  SELECT gen_random_uuid(), c."transactionId", c.version, ${versionJson}, now(), $${COLUMNS.length + 1}::uuid FROM changed c
  RETURNING 1
),
written AS (
  INSERT INTO "FundingRecord" AS f (${names.join(", ")}, version, "firstSeenAt", "lastSyncedAt")
  SELECT ${names.join(", ")}, 1, now(), now() FROM input
  ON CONFLICT ("transactionId") DO UPDATE SET
    ${COLUMNS.map(([name]) => `${q(name)} = EXCLUDED.${q(name)}`).join(", ")},
    version = f.version + CASE WHEN ${reportFields("f")} IS DISTINCT FROM ${reportFields("EXCLUDED")} THEN 1 ELSE 0 END,
    "lastSyncedAt" = now()
  WHERE ${reportFields("f")} IS DISTINCT FROM ${reportFields("EXCLUDED")}
  RETURNING (xmax = 0) AS inserted
)
SELECT (SELECT count(*) FROM written WHERE inserted)::int AS inserted, (SELECT count(*) FROM versions)::int AS changed`;
}

const upsertSqls = new Map<string, string>();

/** Serialises writers of funding records (syncs and imports) for the rest of the transaction. */
export async function lockFundingWrites(client: pg.ClientBase): Promise<void> {
  await client.query(`SELECT pg_advisory_xact_lock(hashtext('financing-desk:funding-records'))`);
}

/**
 * Upserts one batch. A transactionId repeated in the batch counts once: the last one wins.
 * Fields in `keepStored` are not in the source (a file without that column, e.g. our own
 * export has no lenderReferenceId): a stored record keeps its value for them.
 */
export async function upsertFundingRecords(
  client: pg.ClientBase,
  records: FundingRecordInput[],
  syncRunId: string,
  options: { keepStored?: readonly (keyof FundingRecordInput)[] } = {},
): Promise<UpsertCounts> {
  const unique = [...new Map(records.map((record) => [record.transactionId, record])).values()];
  if (!unique.length) return { inserted: 0, changed: 0, unchanged: 0 };
  const arrays = COLUMNS.map(() => [] as (string | null)[]);
  for (const record of unique) {
    COLUMNS.forEach(([name, type], i) => arrays[i]!.push(toParam(record[name], type)));
  }
  const keepStored = [...new Set(options.keepStored ?? [])].filter((name) => name !== "transactionId").sort();
  const key = keepStored.join(",");
  const sql = upsertSqls.get(key) ?? upsertSql(new Set(keepStored));
  upsertSqls.set(key, sql);
  const { rows } = await client.query<{ inserted: number; changed: number }>(sql, [...arrays, syncRunId]);
  const { inserted, changed } = rows[0]!;
  await relinkSales(client, { transactionIds: unique.map((record) => record.transactionId) });
  return { inserted, changed, unchanged: records.length - inserted - changed };
}

function toParam(value: FundingRecordInput[keyof FundingRecordInput], type: string): string | null {
  if (value === null || value === undefined) return null;
  if (type === "jsonb") return JSON.stringify(value);
  if (value instanceof Date) return value.toISOString();
  if (type === "numeric") return (value as { toFixed(n: number): string }).toFixed(2);
  return String(value);
}
