// Writes a batch of report records in one set-based statement (no round trip per row):
// new records are inserted; a record whose report fields changed keeps its previous
// values as a FundingRecordVersion and gets version + 1; an unchanged record is not
// written at all, so re-running a sync is cheap and changes nothing. Also links each
// record to our application (see MATCH_SQL). Call inside a transaction holding
// lockFundingWrites(), so two writers never version the same record at once.
import type pg from "pg";

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

/**
 * Our application behind a record, best evidence first: the merchant transaction id, the
 * merchant order id (for ChargeAfter learned from post-sale events, see link-post-sale-event),
 * an order's transaction id, a ChargeAfter application id quoted as either, then another
 * record of the same charge already linked (a refund after its settle). The funding report
 * is ChargeAfter's, so its applications win a tie.
 */
const MATCH_SQL = `
  SELECT c.id FROM (
    SELECT a.id, 1 AS rank, a.provider FROM "Application" a WHERE i."merchantTransactionId" IS NOT NULL AND a."merchantTransactionId" = i."merchantTransactionId"
    UNION ALL
    SELECT a.id, 2, a.provider FROM "Application" a WHERE i."merchantOrderId" IS NOT NULL AND a."merchantOrderId" = i."merchantOrderId"
    UNION ALL
    SELECT o."applicationId", 3, o.provider FROM "Order" o WHERE i."merchantTransactionId" IS NOT NULL AND o."merchantTransactionId" = i."merchantTransactionId" AND o."applicationId" IS NOT NULL
    UNION ALL
    SELECT a.id, 4, a.provider FROM "Application" a WHERE a.provider = 'CHARGEAFTER' AND a."externalId" IN (i."merchantOrderId", i."merchantTransactionId")
    UNION ALL
    SELECT a.id, 5, a.provider FROM "FundingRecord" s JOIN "Application" a ON a.id = s."applicationId" WHERE i."chargeId" <> '' AND s."chargeId" = i."chargeId"
  ) c
  ORDER BY c.rank, (c.provider <> 'CHARGEAFTER'), c.id
  LIMIT 1`;

function upsertSql(keepStored: ReadonlySet<string>): string {
  return `
WITH input AS (
  SELECT ${COLUMNS.map(([name]) => (keepStored.has(name) ? `c.${q(name)}` : `u.${q(name)}`)).join(", ")}
  FROM unnest(${COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(", ")}) AS u(${names.join(", ")})
  ${keepStored.size ? `LEFT JOIN "FundingRecord" c ON c."transactionId" = u."transactionId"` : ""}
),
matched AS (
  SELECT i.*, m.id AS "applicationId" FROM input i LEFT JOIN LATERAL (${MATCH_SQL}) m ON TRUE
),
changed AS (
  SELECT c.* FROM "FundingRecord" c JOIN matched i USING ("transactionId")
  WHERE ${reportFields("c")} IS DISTINCT FROM ${reportFields("i")}
),
versions AS (
  INSERT INTO "FundingRecordVersion" (id, "transactionId", version, data, "replacedAt", "syncRunId")
  SELECT gen_random_uuid(), c."transactionId", c.version, ${versionJson}, now(), $${COLUMNS.length + 1}::uuid FROM changed c
  RETURNING 1
),
written AS (
  INSERT INTO "FundingRecord" AS f (${names.join(", ")}, "applicationId", version, "firstSeenAt", "lastSyncedAt")
  SELECT ${names.join(", ")}, "applicationId", 1, now(), now() FROM matched
  ON CONFLICT ("transactionId") DO UPDATE SET
    ${COLUMNS.map(([name]) => `${q(name)} = EXCLUDED.${q(name)}`).join(", ")},
    "applicationId" = COALESCE(EXCLUDED."applicationId", f."applicationId"),
    version = f.version + CASE WHEN ${reportFields("f")} IS DISTINCT FROM ${reportFields("EXCLUDED")} THEN 1 ELSE 0 END,
    "lastSyncedAt" = now()
  WHERE ${reportFields("f")} IS DISTINCT FROM ${reportFields("EXCLUDED")}
     OR (EXCLUDED."applicationId" IS NOT NULL AND f."applicationId" IS DISTINCT FROM EXCLUDED."applicationId")
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
  return { inserted, changed, unchanged: records.length - inserted - changed };
}

function toParam(value: FundingRecordInput[keyof FundingRecordInput], type: string): string | null {
  if (value === null || value === undefined) return null;
  if (type === "jsonb") return JSON.stringify(value);
  if (value instanceof Date) return value.toISOString();
  if (type === "numeric") return (value as { toFixed(n: number): string }).toFixed(2);
  return String(value);
}
