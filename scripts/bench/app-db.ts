// Runs the app's own domain functions (lib/…) in this process against the benchmarked
// database: they read DATABASE_URL, so it points there while `run` runs, and their pools
// close afterwards.
import type pg from "pg";

import { disconnectDb } from "../../lib/db/client";
import { connectionUrl } from "./psql-copy";

export async function withAppDatabase<T>(db: pg.Client, run: () => Promise<T>): Promise<T> {
  const before = process.env.DATABASE_URL;
  process.env.DATABASE_URL = connectionUrl(db);
  try {
    return await run();
  } finally {
    await disconnectDb();
    if (before === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = before;
  }
}
