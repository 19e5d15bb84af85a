// Runs before each test file: points DATABASE_URL at this worker's own database,
// cloned from the migrated template the first time.
import pg from "pg";
import { afterAll, inject } from "vitest";

import { databaseUrl } from "../lib/db/admin-query";
import { disconnectDb } from "../lib/db/client";

const { serverUrl, template, prefix } = inject("testDatabase");
const name = `${prefix}_w${process.env.VITEST_POOL_ID ?? "0"}`;

const client = new pg.Client({ connectionString: serverUrl });
await client.connect();
try {
  const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  for (let attempt = 0; !rowCount && attempt < 20; attempt++) {
    try {
      await client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
      break;
    } catch (error) {
      // Another worker is cloning the same template at this moment.
      if (!/being accessed by other users/.test((error as Error).message)) throw error;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
} finally {
  await client.end();
}

process.env.DATABASE_URL = databaseUrl(serverUrl, name);
process.env.TZ = "UTC";

afterAll(async () => {
  await disconnectDb();
});
