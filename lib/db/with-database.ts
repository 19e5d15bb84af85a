// For command-line tools: opens the configured database (starting the embedded
// server if nobody runs it), applies migrations, runs the work, and cleans up (Prisma
// and both connection pools, then the embedded server).
import { env } from "@/lib/config/env";

import { disconnectDb } from "./client";
import { applyMigrations } from "./migrate";
import { openDatabase } from "./open-database";

export async function withDatabase<T>(
  work: (url: string) => Promise<T>,
  options: { migrate?: boolean } = {},
): Promise<T> {
  env();
  const handle = await openDatabase("command");
  try {
    process.env.DATABASE_URL = handle.url;
    if (options.migrate !== false) await applyMigrations(handle.url);
    return await work(handle.url);
  } finally {
    await disconnectDb();
    await handle.stop();
  }
}
