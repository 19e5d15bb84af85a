// The customer step of the link statement (lib/links/relink-sales.ts): CTEs that fill each
// target application's name, email and phone from the best source that knows them, and
// record the source per fact in Application.customerSources. Expects the CTEs
// `targets(id)` (the applications to fill) and `reported("applicationId", "firstName",
// "lastName", email, "transactionDate")` (their funding records), and the parameter
// `eventParam`: a jsonb array of {applicationId, firstName, lastName, email, source}.
import { CUSTOMER_FIELDS, sourceRankSql, type CustomerField } from "./customer-sources";

const COLUMNS: Record<CustomerField, string[]> = {
  name: ["customerFirstName", "customerLastName"],
  email: ["customerEmail"],
  phone: ["customerPhone"],
};
const FACT: Record<CustomerField, string[]> = { name: ["first", "last"], email: ["email"], phone: ["phone"] };

/** The rank of what the application holds now: its recorded source, 0 for a value of unknown source (kept), 99 for none. */
function currentRank(field: CustomerField): string {
  const present = COLUMNS[field].map((c) => `a."${c}" IS NOT NULL`).join(" OR ");
  return `CASE WHEN a."customerSources"->>'${field}' IS NOT NULL THEN ${sourceRankSql(`a."customerSources"->>'${field}'`)} WHEN ${present} THEN 0 ELSE 99 END`;
}

const better = (field: CustomerField) => `(b_${field}.rank < ${currentRank(field)})`;

function bestOf(field: CustomerField): string {
  const has = FACT[field].map((f) => `${f} IS NOT NULL`).join(" OR ");
  return `b_${field} AS (
  SELECT DISTINCT ON (id) id, source, rank, ${FACT[field].join(", ")} FROM facts WHERE ${has} ORDER BY id, rank, ord DESC
)`;
}

export function fillCustomersSql(eventParam: number): string {
  const sets = CUSTOMER_FIELDS.flatMap((field) =>
    COLUMNS[field].map(
      (column, i) =>
        `"${column}" = CASE WHEN ${better(field)} THEN b_${field}.${FACT[field][i]} ELSE a."${column}" END`,
    ),
  );
  const sources = CUSTOMER_FIELDS.map(
    (field) =>
      `|| CASE WHEN ${better(field)} THEN jsonb_build_object('${field}', b_${field}.source) ELSE '{}'::jsonb END`,
  ).join(" ");
  return `
facts AS (
  SELECT t.id, 'cart' AS source, ${sourceRankSql("'cart'")} AS rank, p."customerFirstName" AS first, p."customerLastName" AS last,
         p."customerEmail" AS email, p."customerPhone" AS phone, 0::float8 AS ord
  FROM targets t JOIN "Application" a ON a.id = t.id
  JOIN LATERAL (
    (SELECT p.* FROM "PendingCart" p WHERE a.provider = 'WEGETFINANCING' AND p."requestToken" = a."externalId")
    UNION ALL (SELECT p.* FROM "PendingCart" p WHERE p."merchantTransactionId" = a."merchantTransactionId")
    LIMIT 1
  ) p ON TRUE
  UNION ALL
  SELECT r."applicationId", 'funding-report', ${sourceRankSql("'funding-report'")}, r."firstName", r."lastName", r.email, NULL,
         extract(epoch FROM r."transactionDate")
  FROM reported r WHERE r."applicationId" IS NOT NULL
  UNION ALL
  SELECT (e->>'applicationId')::uuid, e->>'source', ${sourceRankSql("e->>'source'")}, e->>'firstName', e->>'lastName', e->>'email', NULL, 0
  FROM jsonb_array_elements($${eventParam}::jsonb) e
),
${CUSTOMER_FIELDS.map(bestOf).join(",\n")},
-- Skip an application another transaction holds (a sync never waits behind the applier, so no deadlock):
-- the holder's own link step fills it.
fillable AS (
  SELECT a.id FROM "Application" a WHERE a.id IN (SELECT id FROM targets) FOR UPDATE SKIP LOCKED
),
filled AS (
  UPDATE "Application" a SET ${sets.join(", ")},
    "customerSources" = COALESCE(a."customerSources", '{}'::jsonb) ${sources}
  FROM fillable t ${CUSTOMER_FIELDS.map((f) => `LEFT JOIN b_${f} ON b_${f}.id = t.id`).join(" ")}
  WHERE a.id = t.id AND (${CUSTOMER_FIELDS.map((f) => `COALESCE(${better(f)}, FALSE)`).join(" OR ")})
  RETURNING a.id
)`;
}
