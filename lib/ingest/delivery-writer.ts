// Stores deliveries with group commit: requests that arrive while a batch is being
// written wait for the next one, and each batch is one INSERT statement that also
// claims the dedupe keys. A delivery's answer is sent only after its batch commits.
// It runs on the receivers' own pool (lib/db/pg-pool.ts), which nothing slow shares.
import "server-only";

import { v7 as uuidv7 } from "uuid";

import type { Processing, Provider, Verification } from "@/lib/db/generated/enums";
import { receiverPool } from "@/lib/db/pg-pool";

import { storableDelivery } from "./storable-delivery";

export type NewDelivery = {
  provider: Provider;
  endpoint: string;
  receivedAt: Date;
  remoteAddress: string | null;
  contentType: string | null;
  headers: Record<string, string>;
  rawBody: Buffer;
  bodyBytes: number;
  eventType: string | null;
  dedupeKey: string | null;
  verification: Verification;
  responseStatus: number;
  processing: Processing;
  processingError: string | null;
  searchIds: string[];
  flags: string[];
};

export type StoredDelivery = { id: string; duplicateOf: string | null };

type Pending = {
  delivery: NewDelivery & { id: string };
  resolve: (stored: StoredDelivery) => void;
  reject: (error: unknown) => void;
};

const MAX_BATCH = 100;
const MAX_CONCURRENT_BATCHES = 4;

let queue: Pending[] = [];
let inFlight = 0;
let scheduled = false;

export function storeDelivery(delivery: NewDelivery): Promise<StoredDelivery> {
  return new Promise((resolve, reject) => {
    queue.push({
      delivery: { ...storableDelivery(delivery), id: uuidv7({ msecs: delivery.receivedAt.getTime() }) },
      resolve,
      reject,
    });
    schedule();
  });
}

function schedule() {
  if (scheduled || inFlight >= MAX_CONCURRENT_BATCHES || queue.length === 0) return;
  scheduled = true;
  // Let the requests already being handled in this tick join the batch.
  setImmediate(() => {
    scheduled = false;
    while (queue.length && inFlight < MAX_CONCURRENT_BATCHES) {
      const batch = queue.slice(0, MAX_BATCH);
      queue = queue.slice(batch.length);
      inFlight++;
      void writeBatch(batch).finally(() => {
        inFlight--;
        schedule();
      });
    }
  });
}

const INSERT_SQL = `
WITH input AS (
  SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[], $5::text[], $6::text[], $7::jsonb[],
                       $8::bytea[], $9::int[], $10::text[], $11::text[], $12::text[], $13::int[], $14::text[], $15::text[],
                       $16::jsonb[], $17::jsonb[])
    AS t(id, provider, endpoint, received_at, remote_address, content_type, headers, raw_body, body_bytes, event_type,
         dedupe_key, verification, response_status, processing, processing_error, search_ids, flags)
), inserted AS (
  INSERT INTO "Delivery" (id, provider, endpoint, "receivedAt", "remoteAddress", "contentType", headers, "rawBody", "bodyBytes",
                          "eventType", "dedupeKey", verification, "responseStatus", processing, "processingError",
                          "processedAt", "searchIds", flags)
  SELECT id, provider::"Provider", endpoint, received_at, remote_address, content_type, headers, raw_body, body_bytes, event_type,
         dedupe_key, verification::"Verification", response_status, processing::"Processing", processing_error,
         CASE WHEN processing = 'RECEIVED' THEN NULL ELSE now() END,
         ARRAY(SELECT jsonb_array_elements_text(search_ids)), ARRAY(SELECT jsonb_array_elements_text(flags))
  FROM input
  RETURNING id
)
INSERT INTO "DeliveryKey" (provider, key, "deliveryId", "createdAt")
SELECT provider::"Provider", dedupe_key, id, received_at FROM input
WHERE dedupe_key IS NOT NULL AND processing = 'RECEIVED' AND id IN (SELECT id FROM inserted)
ON CONFLICT DO NOTHING
RETURNING "deliveryId"::text AS id`;

// A later statement sees keys that concurrent batches committed while we waited on them.
const MARK_DUPLICATES_SQL = `
UPDATE "Delivery" d SET processing = 'DUPLICATE', "duplicateOfId" = k."deliveryId", "processedAt" = now()
FROM "DeliveryKey" k
WHERE d.id = ANY($1::uuid[]) AND k.provider = d.provider AND k.key = d."dedupeKey" AND k."deliveryId" <> d.id
RETURNING d.id::text AS id, k."deliveryId"::text AS original`;

// INSERT_SQL's parameters $1…$17, each an array of one value per row.
const PARAMETERS = [
  "id",
  "provider",
  "endpoint",
  "receivedAt",
  "remoteAddress",
  "contentType",
  "headers",
  "rawBody",
  "bodyBytes",
  "eventType",
  "dedupeKey",
  "verification",
  "responseStatus",
  "processing",
  "processingError",
  "searchIds",
  "flags",
] as const satisfies readonly (keyof NewDelivery | "id")[];
const JSON_PARAMETERS: ReadonlySet<string> = new Set(["headers", "searchIds", "flags"]);

// The fast path is one statement per batch; if the database refuses it, each row is
// retried alone so only a row that truly cannot be stored fails (and gets 503).
async function writeBatch(batch: Pending[]): Promise<void> {
  try {
    await writeRows(batch);
  } catch (error) {
    if (batch.length === 1) {
      batch[0].reject(error);
      return;
    }
    console.error(
      `[ingest] a batch of ${batch.length} deliveries failed (${(error as Error).message}); retrying one by one`,
    );
    for (const pending of batch) {
      await writeRows([pending]).catch((rowError: unknown) => pending.reject(rowError));
    }
  }
}

async function writeRows(batch: Pending[]): Promise<void> {
  const rows = batch.map((p) => p.delivery);
  const client = await receiverPool().connect();
  let duplicates = new Map<string, string>();
  try {
    const claimed = await client.query<{ id: string }>(
      INSERT_SQL,
      PARAMETERS.map((key) => rows.map((d) => (JSON_PARAMETERS.has(key) ? JSON.stringify(d[key]) : d[key]))),
    );
    const claimedIds = new Set(claimed.rows.map((r) => r.id));
    const unclaimed = rows
      .filter((d) => d.dedupeKey && d.processing === "RECEIVED" && !claimedIds.has(d.id))
      .map((d) => d.id);
    if (unclaimed.length) {
      const marked = await client.query<{ id: string; original: string }>(MARK_DUPLICATES_SQL, [unclaimed]);
      duplicates = new Map(marked.rows.map((r) => [r.id, r.original]));
    }
  } finally {
    client.release();
  }
  for (const { delivery, resolve } of batch)
    resolve({ id: delivery.id, duplicateOf: duplicates.get(delivery.id) ?? null });
}
