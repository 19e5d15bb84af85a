// Refused deliveries are kept as evidence, but an unsigned sender must not be able to
// fill the disk: an unverified body is stored up to its first 64 KiB, and only while its
// client address has stored fewer than UNVERIFIED_BYTES_PER_ADDRESS_PER_HOUR body bytes
// this hour. The count lives in the database so every instance shares it.
import "server-only";

import { z } from "zod";

import { receiverPool } from "@/lib/db/pg-pool";

export const MAX_UNVERIFIED_BODY_BYTES = 64 * 1024;
export const DEFAULT_UNVERIFIED_BYTES_PER_ADDRESS_PER_HOUR = 8 * 1024 * 1024;

const capSchema = z.coerce
  .number({ error: "UNVERIFIED_BYTES_PER_ADDRESS_PER_HOUR must be a whole number of bytes." })
  .int("UNVERIFIED_BYTES_PER_ADDRESS_PER_HOUR must be a whole number of bytes.")
  .min(0, "UNVERIFIED_BYTES_PER_ADDRESS_PER_HOUR cannot be negative.")
  .default(DEFAULT_UNVERIFIED_BYTES_PER_ADDRESS_PER_HOUR);

/** The cap, read each time so a changed environment (tests, a restart) takes effect. */
export function unverifiedBytesPerAddressPerHour(): number {
  const raw = process.env.UNVERIFIED_BYTES_PER_ADDRESS_PER_HOUR;
  return capSchema.parse(raw === undefined || raw.trim() === "" ? undefined : raw);
}

// Adds the bytes only when the total stays within the cap, in one statement, so
// concurrent requests (on any instance) can never together pass it.
const RESERVE_SQL = `
INSERT INTO "UnverifiedBodyQuota" (address, "hourStart", bytes)
SELECT $1, $2, $3::bigint WHERE $3::bigint <= $4::bigint
ON CONFLICT (address, "hourStart") DO UPDATE SET bytes = "UnverifiedBodyQuota".bytes + EXCLUDED.bytes
  WHERE "UnverifiedBodyQuota".bytes + EXCLUDED.bytes <= $4::bigint
RETURNING bytes`;

const hourStart = (at: Date) => new Date(Math.floor(at.getTime() / 3_600_000) * 3_600_000);

/** True when `bytes` more unverified body bytes from `address` may be stored (and counts them). */
export async function reserveUnverifiedBytes(address: string, bytes: number, at: Date): Promise<boolean> {
  if (bytes === 0) return true;
  const cap = unverifiedBytesPerAddressPerHour();
  const pool = receiverPool();
  const result = await pool.query(RESERVE_SQL, [address, hourStart(at), bytes, cap]);
  // Old hours are worth nothing; drop them now and then rather than on every request.
  if (Math.random() < 0.01) {
    void pool
      .query(`DELETE FROM "UnverifiedBodyQuota" WHERE "hourStart" < $1`, [
        new Date(hourStart(at).getTime() - 3_600_000),
      ])
      .catch(() => {});
  }
  return (result.rowCount ?? 0) > 0;
}

export type UnverifiedBody = { rawBody: Buffer; flags: string[] };

/**
 * The part of an unverified body that is stored: the first 64 KiB (flagged `truncated`
 * when cut), or nothing once the address is over its hourly cap (`body-not-stored-cap`).
 * If the count cannot be reached the body is not stored either: evidence metadata still is.
 */
export async function unverifiedBody(address: string, bytes: Buffer, at: Date): Promise<UnverifiedBody> {
  const kept = bytes.length > MAX_UNVERIFIED_BODY_BYTES ? bytes.subarray(0, MAX_UNVERIFIED_BODY_BYTES) : bytes;
  const flags = kept.length < bytes.length ? ["truncated"] : [];
  let allowed: boolean;
  try {
    allowed = await reserveUnverifiedBytes(address, kept.length, at);
  } catch (error) {
    console.error("[ingest] could not count unverified bytes; storing metadata only:", (error as Error).message);
    allowed = false;
  }
  if (!allowed) return { rawBody: Buffer.alloc(0), flags: [...flags, "body-not-stored-cap"] };
  return { rawBody: Buffer.from(kept), flags };
}
