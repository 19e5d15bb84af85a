// Where the database is: DATABASE_URL when set, else the embedded server in DATA_DIR.
import { env } from "@/lib/config/env";

import { openEmbeddedDatabase, type DatabaseHandle } from "./embedded-postgres";

export async function openDatabase(owner: "server" | "command", log?: (line: string) => void): Promise<DatabaseHandle> {
  const config = env();
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, owner: false, stop: async () => {} };
  return openEmbeddedDatabase({ dataDir: config.DATA_DIR, owner, log });
}
