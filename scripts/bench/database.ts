// The database the benchmarked app runs on: a fresh embedded PostgreSQL in a temporary
// DATA_DIR, or, with DATABASE_URL set, a fresh database on that server. Cleanup removes
// only what was created here.
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import pg from "pg";

import { readLock } from "../../lib/db/process-lock";

/** Name of the database inside the embedded server (EMBEDDED_DATABASE in lib/db/embedded-postgres.ts,
 *  not imported: that module installs exit hooks that would cut our own cleanup short). */
const EMBEDDED_DATABASE = "financing_desk";

export type BenchDatabase = {
  describe: string;
  /** Environment for the app: DATA_DIR, or DATABASE_URL and AUTH_SECRET. */
  serverEnv: Record<string, string | undefined>;
  /** A connection string for our own queries; call once the app is healthy. */
  connectionString(): string;
  cleanup(): Promise<void>;
};

export async function prepareDatabase(runId: string, log: (line: string) => void): Promise<BenchDatabase> {
  const external = process.env.DATABASE_URL?.trim();
  return external ? freshExternalDatabase(external, runId, log) : temporaryDataDir();
}

function temporaryDataDir(): BenchDatabase {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "financing-desk-bench-"));
  return {
    describe: `embedded PostgreSQL in ${dataDir} (temporary)`,
    serverEnv: { DATA_DIR: dataDir, DATABASE_URL: undefined, AUTH_SECRET: undefined },
    connectionString: () => embeddedUrl(dataDir),
    cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

/** Reads what lib/db/embedded-postgres.ts writes: the port in postgres.lock, the password in secrets.json. */
function embeddedUrl(dataDir: string): string {
  const lock = readLock(path.join(dataDir, "postgres.lock"));
  if (!lock?.port) throw new Error(`no running embedded PostgreSQL in ${dataDir} (postgres.lock has no port)`);
  const secretsFile = path.join(dataDir, "secrets.json");
  if (!existsSync(secretsFile)) throw new Error(`${secretsFile} is missing`);
  const { postgresPassword } = JSON.parse(readFileSync(secretsFile, "utf8")) as { postgresPassword: string };
  return `postgresql://postgres:${encodeURIComponent(postgresPassword)}@127.0.0.1:${lock.port}/${EMBEDDED_DATABASE}`;
}

async function freshExternalDatabase(url: string, runId: string, log: (line: string) => void): Promise<BenchDatabase> {
  const authSecret = process.env.AUTH_SECRET || randomBytes(48).toString("base64url");
  const name = `fd_bench_${runId}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } catch (error) {
    await client.end();
    // No right to create databases: use the one given, and touch nothing in it at the end.
    log(
      `could not create a database on the DATABASE_URL server (${(error as Error).message}); benchmarking the database DATABASE_URL names, which is left as it is afterwards`,
    );
    return {
      describe: "the database at DATABASE_URL (shared: counts only this run's deliveries)",
      serverEnv: { DATABASE_URL: url, AUTH_SECRET: authSecret },
      connectionString: () => url,
      cleanup: async () => {},
    };
  }
  await client.end();
  const fresh = new URL(url);
  fresh.pathname = `/${name}`;
  return {
    describe: `database ${name} on the DATABASE_URL server (created for this run)`,
    serverEnv: { DATABASE_URL: fresh.toString(), AUTH_SECRET: authSecret },
    connectionString: () => fresh.toString(),
    cleanup: async () => {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      try {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await admin.end();
      }
    },
  };
}
