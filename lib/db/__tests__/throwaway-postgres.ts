// Test helpers: a disposable PostgreSQL server, and fresh databases on any server.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { withDatabase } from "../schema-engine/pg-adapter.ts";

export { startThrowawayPostgres, type ThrowawayPostgres } from "../schema-engine/throwaway-postgres.ts";

/**
 * A new empty database on the server of `serverUrl` (needs CREATEDB), so a
 * test never touches the data behind DATABASE_URL. `drop()` removes it.
 */
export async function createScratchDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `scratch_${randomUUID().replaceAll("-", "")}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  return { url: withDatabase(serverUrl, name), drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
