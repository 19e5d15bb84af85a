// Vitest global setup: one PostgreSQL server for the run (a throwaway embedded one,
// or the server of DATABASE_URL), and a migrated template database on it. Each
// test worker clones the template (test/setup-database.ts). Only databases this
// run created are dropped: the database DATABASE_URL names is never touched.
import pg from "pg";
import type { TestProject } from "vitest/node";

import { startThrowawayPostgres } from "../lib/db/__tests__/throwaway-postgres";
import { databaseUrl, runAdminQuery } from "../lib/db/admin-query";
import { applyMigrations } from "../lib/db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase: { serverUrl: string; template: string; prefix: string };
  }
}

export default async function setup(project: TestProject) {
  const external = process.env.DATABASE_URL;
  const throwaway = external ? undefined : await startThrowawayPostgres();
  const serverUrl = external ?? throwaway!.url;
  const prefix = `fd_test_${process.pid}`;
  const template = `${prefix}_template`;

  await runAdminQuery(serverUrl, `CREATE DATABASE ${template}`);
  await applyMigrations(databaseUrl(serverUrl, template));
  project.provide("testDatabase", { serverUrl, template, prefix });

  return async () => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE datname LIKE $1",
        [`${prefix}%`],
      );
      for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    } finally {
      await client.end();
      await throwaway?.stop();
    }
  };
}
