// Debian's PostgreSQL 15 on a private port and data directory, as .ci/with-postgres-15 starts
// it: initdb and pg_ctl as user postgres when we are root, trust auth on 127.0.0.1 only.
import { spawnSync } from "node:child_process";
import { chmodSync, chownSync, mkdirSync } from "node:fs";
import { userInfo } from "node:os";
import path from "node:path";

import { onFinalExit } from "./children";

const BIN = "/usr/lib/postgresql/15/bin";

export type Postgres = { url: string; stop(): void };

function asPostgres(command: string, args: string[]) {
  const root = userInfo().uid === 0;
  const result = spawnSync(root ? "runuser" : command, root ? ["-u", "postgres", "--", command, ...args] : args, {
    encoding: "utf8",
  });
  if (result.status !== 0)
    throw new Error(`${path.basename(command)} failed: ${(result.stderr || result.stdout || "").trim()}`);
}

export function startPostgres15(options: { dir: string; port: number }): Postgres {
  const dir = path.join(options.dir, "postgres");
  mkdirSync(dir, { recursive: true });
  if (userInfo().uid === 0) {
    chmodSync(options.dir, 0o755); // postgres must reach its directory inside ours
    const owner = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
    const group = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" });
    if (owner.status !== 0) throw new Error("there is no user postgres: install Debian's postgresql package");
    chownSync(dir, Number(owner.stdout), Number(group.stdout));
  }
  const data = path.join(dir, "data");
  asPostgres(`${BIN}/initdb`, ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C"]);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      asPostgres(`${BIN}/pg_ctl`, ["-D", data, "-m", "immediate", "stop"]);
    } catch {
      // Not running.
    }
  };
  onFinalExit(stop);
  const settings = `-p ${options.port} -c listen_addresses=127.0.0.1 -k ${dir} -c max_connections=200 -c fsync=off`;
  asPostgres(`${BIN}/pg_ctl`, ["-D", data, "-l", path.join(dir, "log"), "-w", "-o", settings, "start"]);
  return { url: `postgresql://postgres@127.0.0.1:${options.port}/postgres`, stop };
}
