// Fills the database with realistic volumes for benchmarks, in set-based SQL so a
// million rows take a minute or two, not an hour. Rows are marked as seeded
// (ids and tokens start with "seed-") so they are easy to tell apart.
import type pg from "pg";

export type SeedSizes = { applications: number; deliveries: number };

/** Rows of one seeding share a prefix, so the same database can be seeded again (a second batch). */
export type SeedOptions = { prefix?: string };

const LENDERS = `(ARRAY['Finara','Acme Credit','Northwind Lending','Bluefin','Sunrise Pay'])`;
const FIRST = `(ARRAY['Ada','Grace','Alan','Edsger','Barbara','Donald','Margaret','Ken','Linus','Radia'])`;
const LAST = `(ARRAY['Lovelace','Hopper','Turing','Dijkstra','Liskov','Knuth','Hamilton','Thompson','Torvalds','Perlman'])`;

export async function seedVolume(
  client: pg.ClientBase,
  sizes: SeedSizes,
  log: (line: string) => void,
  options: SeedOptions = {},
): Promise<void> {
  const prefix = options.prefix ?? "seed";
  if (!/^[a-z0-9]+$/.test(prefix)) throw new Error("the seed prefix takes lower-case letters and digits");
  const app = `${prefix}-app-`;
  const step = async (label: string, sql: string, params: unknown[] = []) => {
    const started = Date.now();
    const result = await client.query(sql, params);
    log(`${label}: ${result.rowCount ?? 0} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  };
  // Spread over the last 400 days, newest first in id order like real traffic.
  await step(
    "applications",
    `INSERT INTO "Application" (id, provider, "externalId", "merchantTransactionId", "merchantOrderId", status, "lenderId", "lenderName",
        "requestedAmount", "approvedAmount", "customerFirstName", "customerLastName", "customerEmail", "createdAt", "updatedAt", "lastEventAt")
     SELECT gen_random_uuid(),
            CASE WHEN g % 3 = 0 THEN 'WEGETFINANCING' ELSE 'CHARGEAFTER' END::"Provider",
            '${app}' || g, '${prefix.toUpperCase()}-MT-' || g, '${prefix.toUpperCase()}-ORD-' || g,
            (CASE WHEN r < 5 THEN 'CREATED' WHEN r < 20 THEN 'PREQUALIFIED' WHEN r < 30 THEN 'PENDING' WHEN r < 55 THEN 'DECLINED'
                  WHEN r < 75 THEN 'APPROVED' WHEN r < 92 THEN 'CONFIRMED' ELSE 'CANCELLED' END)::"ApplicationStatus",
            'lender_' || (g % 5), ${LENDERS}[1 + g % 5],
            (100 + (g * 37 % 490000) / 100.0)::numeric(14,2),
            CASE WHEN r >= 55 THEN (100 + (g * 37 % 490000) / 100.0)::numeric(14,2) END,
            ${FIRST}[1 + g % 10], ${LAST}[1 + (g / 10) % 10], 'customer' || g || '@example.com',
            t, t, t
     FROM generate_series(1, $1::int) AS g,
          LATERAL (SELECT now() - ((($1::int - g)::float / $1::int) * interval '400 days') AS t,
                          (g::bigint * 2654435761) % 100 AS r) AS ts`,
    [sizes.applications],
  );
  await step(
    "application events (3 per application)",
    `INSERT INTO "ApplicationEvent" (id, "applicationId", type, status, "lenderId", amount, "occurredAt", "recordedAt")
     SELECT gen_random_uuid(), a.id, e.type, e.status::"ApplicationStatus", a."lenderId", a."requestedAmount",
            a."lastEventAt" - (e.n * interval '5 minutes'), a."lastEventAt"
     FROM "Application" a
     CROSS JOIN (VALUES (2, 'application.created', 'CREATED'), (1, 'application.prequalified', 'PREQUALIFIED'), (0, 'application.approved', 'APPROVED')) AS e(n, type, status)
     WHERE a."externalId" LIKE '${app}%'`,
  );
  await step(
    "deliveries",
    `INSERT INTO "Delivery" (id, provider, endpoint, "receivedAt", "remoteAddress", "contentType", headers, "rawBody", "bodyBytes",
        "eventType", "dedupeKey", verification, "responseStatus", processing, "processingError", "processedAt", "searchIds", flags, "applicationId")
     SELECT gen_random_uuid(), a.provider,
            CASE WHEN a.provider = 'WEGETFINANCING' THEN '/api/postbacks/wegetfinancing' ELSE '/api/webhooks/chargeafter' END,
            t, '203.0.113.' || (g % 250), 'application/json', '{"content-type":"application/json"}'::jsonb,
            convert_to(json_build_object('eventType', ev, 'applicationId', a."externalId", 'createdAt', t)::text, 'UTF8'), 120,
            ev, '${prefix}:' || g,
            CASE WHEN g % 97 = 0 THEN 'INVALID' ELSE 'VERIFIED' END::"Verification",
            CASE WHEN g % 97 = 0 THEN 401 WHEN g % 89 = 0 THEN 400 ELSE 200 END,
            CASE WHEN g % 97 = 0 THEN 'REJECTED' WHEN g % 89 = 0 THEN 'INVALID' WHEN g % 83 = 0 THEN 'FAILED'
                 WHEN g % 53 = 0 THEN 'DUPLICATE' ELSE 'APPLIED' END::"Processing",
            CASE WHEN g % 83 = 0 THEN 'seeded failure' END, t,
            ARRAY[a."externalId", a."merchantTransactionId"], ARRAY[]::text[], a.id
     FROM generate_series(1, $1::int) AS g
     JOIN LATERAL (SELECT * FROM "Application" WHERE "externalId" = '${app}' || (1 + (g::bigint * 7919) % $2::int)) AS a ON true,
          LATERAL (SELECT now() - ((($1::int - g)::float / $1::int) * interval '400 days') AS t,
                          (ARRAY['application.created','application.prequalified','application.approved','wgf.postback.approved','disputes.created'])[1 + g % 5] AS ev) AS x`,
    [sizes.deliveries, sizes.applications],
  );
  await step(
    "orders (approved and confirmed applications)",
    `INSERT INTO "Order" (id, provider, "merchantTransactionId", "requestToken", status, amount, currency, "customerFirstName",
        "customerLastName", "customerEmail", "createdAt", "applicationId", "financingStatus")
     SELECT gen_random_uuid(), provider, "merchantTransactionId", "externalId",
            CASE WHEN status = 'CANCELLED' THEN 'CANCELLED' ELSE 'OPEN' END::"OrderStatus",
            COALESCE("approvedAmount", "requestedAmount"), 'USD', "customerFirstName", "customerLastName", "customerEmail", "lastEventAt", id, status
     FROM "Application" WHERE "externalId" LIKE '${app}%' AND status IN ('APPROVED', 'CONFIRMED', 'CANCELLED')`,
  );
  await step(
    "disputes (1 per 50 applications)",
    `INSERT INTO "Dispute" (id, provider, "externalId", "lenderDisputeId", "lenderId", status, "openedAt", "lastEventAt", "resolvedAt", "applicationId")
     SELECT gen_random_uuid(), 'CHARGEAFTER', '${prefix}-dsp-' || a."externalId", 'LD-' || a."externalId", a."lenderId",
            (ARRAY['OPEN','LENDER_UPDATED','RESOLVED'])[1 + (row_number() OVER ()) % 3]::"DisputeStatus",
            a."lastEventAt", a."lastEventAt", NULL, a.id
     FROM "Application" a WHERE a."externalId" LIKE '${app}%' AND a.provider = 'CHARGEAFTER' AND a.status = 'CONFIRMED'
       AND split_part(a."externalId", '-app-', 2)::int % 50 < 7`,
  );
  await step("analyze", `ANALYZE`);
}
