// A transaction on the plain pg pool that holds the funding-records write lock, for the
// set-based upserts of syncs and imports.
import type pg from "pg";

import { pgPool } from "@/lib/db/pg-pool";

import { lockFundingWrites } from "./upsert-funding-records";

export async function withFundingWriteTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pgPool().connect();
  try {
    await client.query("BEGIN");
    await lockFundingWrites(client);
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
