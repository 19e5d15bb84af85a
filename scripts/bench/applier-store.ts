// Stores the mix as the receivers would (RECEIVED, the dedupe key claimed by the first, a
// repeat marked DUPLICATE), without HTTP: for profiling the applier on its own.
import type pg from "pg";

import { adapterFor } from "../../lib/ingest/adapters";
import type { MixDelivery } from "./applier-mix";

const INSERT_SQL = `
  WITH input AS (
    SELECT * FROM unnest($1::text[], $2::text[], $3::bytea[], $4::text[], $5::text[], $6::jsonb[])
      WITH ORDINALITY AS t(provider, endpoint, raw_body, event_type, dedupe_key, search_ids, n)
  ), inserted AS (
    INSERT INTO "Delivery" (id, provider, endpoint, "receivedAt", "contentType", headers, "rawBody", "bodyBytes", "eventType",
                            "dedupeKey", verification, "responseStatus", processing, "searchIds", flags)
    SELECT gen_random_uuid(), provider::"Provider", endpoint, clock_timestamp() + n * interval '1 microsecond', 'application/json',
           '{}'::jsonb, raw_body, length(raw_body), event_type, dedupe_key, 'VERIFIED', 200, 'RECEIVED',
           ARRAY(SELECT jsonb_array_elements_text(search_ids)), '{}'
    FROM input ORDER BY n
    RETURNING id, provider, "dedupeKey", "receivedAt"
  ), claimed AS (
    INSERT INTO "DeliveryKey" (provider, key, "deliveryId")
    SELECT DISTINCT ON (provider, "dedupeKey") provider, "dedupeKey", id FROM inserted
    WHERE "dedupeKey" IS NOT NULL ORDER BY provider, "dedupeKey", "receivedAt"
    ON CONFLICT DO NOTHING RETURNING "deliveryId"
  )
  SELECT count(*)::int AS n FROM claimed`;

const MARK_SQL = `
  UPDATE "Delivery" d SET processing = 'DUPLICATE', "duplicateOfId" = k."deliveryId", "processedAt" = now()
  FROM "DeliveryKey" k
  WHERE d.processing = 'RECEIVED' AND k.provider = d.provider AND k.key = d."dedupeKey" AND k."deliveryId" <> d.id`;

export async function storeMixSql(client: pg.Client, deliveries: MixDelivery[]): Promise<void> {
  const rows = deliveries.map((d) => {
    const body = Buffer.from(d.body);
    const parsed = adapterFor(d.provider).parse(body, "application/json", new Date());
    if (!parsed.ok) throw new Error(`the mix has an unreadable delivery: ${parsed.error}`);
    return { ...d, rawBody: body, event: parsed.event };
  });
  await client.query(INSERT_SQL, [
    rows.map((r) => r.provider),
    rows.map((r) => r.path),
    rows.map((r) => r.rawBody),
    rows.map((r) => r.event.eventType),
    rows.map((r) => r.event.dedupeKey ?? null),
    rows.map((r) => JSON.stringify(r.event.searchIds)),
  ]);
  await client.query(MARK_SQL);
}
