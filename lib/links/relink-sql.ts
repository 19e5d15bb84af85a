// The one statement that (re)links funding records to applications and fills the linked
// applications' customers, for the records any of the given keys can reach. Only indexed
// look-ups: the applier runs it once per event.
//   $1 uuid[] applications   $2 text[] merchant order / transaction ids   $3 text[] charge ids
//   $4 text[] funding record transaction ids   $5 jsonb customers read from events
import { fillCustomersSql } from "@/lib/customers/fill-customers-sql";

import { LINK_METHODS } from "./link-methods";

/** Evidence that a record belongs to an application, best first (rank = position). */
const EVIDENCE: Record<(typeof LINK_METHODS)[number], string> = {
  "merchant-transaction-id": `FROM "Application" a WHERE a."merchantTransactionId" = c."merchantTransactionId"`,
  // ChargeAfter learns the merchant's order id from post-sale events; some shops send it as the transaction id.
  "merchant-order-id": `FROM "Application" a WHERE a."merchantOrderId" IN (c."merchantOrderId", c."merchantTransactionId")`,
  "order-transaction-id": `FROM "Order" o JOIN "Application" a ON a.id = o."applicationId" WHERE o."merchantTransactionId" = c."merchantTransactionId"`,
  "application-id": `FROM "Application" a WHERE a.provider = 'CHARGEAFTER' AND a."externalId" IN (c."merchantOrderId", c."merchantTransactionId")`,
  "charge-id": `FROM "Application" a WHERE c."chargeId" <> '' AND a."chargeId" = c."chargeId"`,
  "same-charge": "",
};

const direct = LINK_METHODS.filter((m) => m !== "same-charge")
  .map(
    (method, i) =>
      `SELECT a.id, ${i + 1} AS rank, '${method}' AS method, a.provider, a."externalId" ${EVIDENCE[method]}`,
  )
  .join("\n    UNION ALL ");

const fromRecords = (where: string) => `SELECT "transactionId" FROM "FundingRecord" WHERE ${where}`;

export const RELINK_SQL = `
WITH apps AS (
  SELECT a.id, a.provider, a."externalId", a."merchantTransactionId", a."merchantOrderId", a."chargeId"
  FROM "Application" a WHERE a.id = ANY($1::uuid[])
),
names AS (
  SELECT v FROM unnest($2::text[]) v
  UNION SELECT "merchantTransactionId" FROM apps UNION SELECT "merchantOrderId" FROM apps
  UNION SELECT "externalId" FROM apps WHERE provider = 'CHARGEAFTER'
  UNION SELECT o."merchantTransactionId" FROM "Order" o WHERE o."applicationId" = ANY($1::uuid[])
),
charges AS (SELECT v FROM unnest($3::text[]) v UNION SELECT "chargeId" FROM apps),
reached AS (
  ${fromRecords(`"transactionId" = ANY($4::text[])`)}
  UNION ${fromRecords(`"merchantOrderId" IN (SELECT v FROM names)`)}
  UNION ${fromRecords(`"merchantTransactionId" IN (SELECT v FROM names)`)}
  UNION ${fromRecords(`"chargeId" IN (SELECT v FROM charges WHERE v <> '')`)}
  UNION ${fromRecords(`"applicationId" = ANY($1::uuid[])`)}
),
-- The other records of the same charges (a refund names no order, its settle does).
cand_ids AS (
  SELECT "transactionId" FROM reached
  UNION SELECT s."transactionId" FROM "FundingRecord" f JOIN "FundingRecord" s ON s."chargeId" = f."chargeId"
  WHERE f."transactionId" IN (SELECT "transactionId" FROM reached) AND f."chargeId" <> ''
),
cand AS (
  SELECT f."transactionId", f."chargeId", f."merchantOrderId", f."merchantTransactionId", f."applicationId", f."matchedBy",
         f."linkConflict", f."firstName", f."lastName", f.email, f."transactionDate"
  FROM "FundingRecord" f JOIN cand_ids USING ("transactionId")
),
direct AS (
  SELECT c."transactionId", e.* FROM cand c CROSS JOIN LATERAL (
    ${direct}
  ) e
),
-- Another record of the same charge: its own best evidence, else its stored link.
sibling AS (
  SELECT c."transactionId", a.id, ${LINK_METHODS.length} AS rank, 'same-charge' AS method, a.provider, a."externalId"
  FROM cand c JOIN cand s ON s."chargeId" = c."chargeId" AND s."transactionId" <> c."transactionId" AND c."chargeId" <> ''
  LEFT JOIN LATERAL (
    SELECT d.id FROM direct d WHERE d."transactionId" = s."transactionId" ORDER BY d.rank, (d.provider <> 'CHARGEAFTER'), d.id LIMIT 1
  ) sd ON TRUE
  JOIN "Application" a ON a.id = COALESCE(sd.id, s."applicationId")
),
evidence AS (SELECT * FROM direct UNION ALL SELECT * FROM sibling),
-- The funding report is ChargeAfter's, so its applications win a tie.
best AS (
  SELECT DISTINCT ON ("transactionId") "transactionId", id, method FROM evidence
  ORDER BY "transactionId", rank, (provider <> 'CHARGEAFTER'), id
),
conflicts AS (
  SELECT "transactionId", string_agg(DISTINCT method || ' → ' || "externalId", '; ') AS text
  FROM evidence GROUP BY "transactionId" HAVING count(DISTINCT id) > 1
),
decided AS (
  SELECT c."transactionId", COALESCE(b.id, c."applicationId") AS "applicationId",
         CASE WHEN b.id IS NOT NULL THEN b.method ELSE c."matchedBy" END AS "matchedBy", x.text AS "linkConflict",
         c."firstName", c."lastName", c.email, c."transactionDate"
  FROM cand c LEFT JOIN best b USING ("transactionId") LEFT JOIN conflicts x USING ("transactionId")
),
linked AS (
  UPDATE "FundingRecord" f SET "applicationId" = d."applicationId", "matchedBy" = d."matchedBy", "linkConflict" = d."linkConflict"
  FROM decided d
  WHERE f."transactionId" = d."transactionId"
    AND (f."applicationId", f."matchedBy", f."linkConflict") IS DISTINCT FROM (d."applicationId", d."matchedBy", d."linkConflict")
  RETURNING f."transactionId"
),
targets AS (SELECT id FROM apps UNION SELECT "applicationId" FROM decided WHERE "applicationId" IS NOT NULL),
reported AS (SELECT * FROM decided),
${fillCustomersSql(5)}
SELECT (SELECT count(*) FROM linked)::int AS linked, (SELECT count(*) FROM filled)::int AS filled`;
