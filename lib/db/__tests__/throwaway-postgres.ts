// Test helpers: a disposable PostgreSQL server, and fresh databases on any server.
import { randomUUID } from "node:crypto";

import { databaseUrl, runAdminQuery } from "@/lib/db/admin-query";

export { startThrowawayPostgres, type ThrowawayPostgres } from "@/lib/db/schema-engine/throwaway-postgres.ts";

/**
 * A new empty database on the server of `serverUrl` (needs CREATEDB), so a
 * test never touches the data behind DATABASE_URL. `drop()` removes it.
 */
export async function createScratchDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `scratch_${randomUUID().replaceAll("-", "")}`;
  const admin = (sql: string) => runAdminQuery(serverUrl, sql);
  await admin(`CREATE DATABASE "${name}"`);
  return { url: databaseUrl(serverUrl, name), drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
