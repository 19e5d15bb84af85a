// Makes every value of a delivery fit its column, so one hostile request cannot make
// the database refuse the row (and, before the per-row retry, its whole batch).
// rawBody is bytea and stays the exact bytes; text and jsonb cannot hold NUL or
// lone surrogates, int4 cannot hold 3 000 000 000, and a btree entry cannot hold
// a 10 000-character id.
import { createHash } from "node:crypto";

import type { NewDelivery } from "./delivery-writer";

export const MAX_INT4 = 2_147_483_647;
/** Ids longer than this are stored as `sha256:<hex>` of their text (search hashes the same way). */
export const MAX_STORED_ID_CHARS = 512;
const MAX_TEXT_CHARS = 8_000;

// String.prototype.toWellFormed without depending on the TS lib target.
const toWellFormed = (value: string): string => (value as string & { toWellFormed(): string }).toWellFormed();

/** Text PostgreSQL accepts in text and jsonb: NUL and lone surrogates become U+FFFD. */
export function storableText(value: string): string {
  return toWellFormed(value).replaceAll("\u0000", "\uFFFD");
}

/** An id as stored and searched: sanitised, and hashed when too long for an index. */
export function storableId(value: string): string {
  const text = storableText(value);
  if (text.length <= MAX_STORED_ID_CHARS) return text;
  return `sha256:${createHash("sha256").update(text, "utf8").digest("hex")}`;
}

const bounded = (value: string | null, max = MAX_TEXT_CHARS) =>
  value === null ? null : storableText(value).slice(0, max);

export function storableDelivery(delivery: NewDelivery): NewDelivery {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(delivery.headers)) headers[storableText(name)] = storableText(value);
  const bodyBytes = Number.isFinite(delivery.bodyBytes)
    ? Math.min(Math.max(0, Math.trunc(delivery.bodyBytes)), MAX_INT4)
    : 0;
  const flags = [...new Set(delivery.flags.map((f) => storableText(f).slice(0, 100)))];
  if (bodyBytes !== delivery.bodyBytes && !flags.includes("body-size-clamped")) flags.push("body-size-clamped");
  return {
    ...delivery,
    endpoint: storableText(delivery.endpoint).slice(0, 500),
    remoteAddress: bounded(delivery.remoteAddress, 200),
    contentType: bounded(delivery.contentType, 500),
    headers,
    bodyBytes,
    eventType: bounded(delivery.eventType, 200),
    dedupeKey: delivery.dedupeKey === null ? null : storableId(delivery.dedupeKey),
    processingError: bounded(delivery.processingError),
    searchIds: [...new Set(delivery.searchIds.map(storableId))],
    flags,
  };
}
