// A plain node-postgres pool for the ingest hot path, where one hand-written
// statement per batch beats an ORM round trip per row. Created on first use.
import pg from "pg";

const globalForPool = globalThis as unknown as { financingDeskPgPool?: { url: string; pool: pg.Pool } };

export function pgPool(): pg.Pool {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides it.");
  const cached = globalForPool.financingDeskPgPool;
  if (cached?.url === url) return cached.pool;
  void cached?.pool.end().catch(() => {}); // DATABASE_URL changed (tests): drop the old pool
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  pool.on("error", (error) => console.error("[db] idle connection error:", error.message));
  globalForPool.financingDeskPgPool = { url, pool };
  return pool;
}

export async function closePgPool(): Promise<void> {
  const cached = globalForPool.financingDeskPgPool;
  globalForPool.financingDeskPgPool = undefined;
  await cached?.pool.end();
}
