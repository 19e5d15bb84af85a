// Debian's nginx in front of the instances, with deploy/nginx.conf, as a non-daemon child
// whose prefix, pid, logs and temp files are under the test's directory.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { startChild, type Child } from "./children";

export type Nginx = {
  child: Child;
  /** The access log's lines so far ($remote_addr … "$request" $status $upstream_addr $request_time). */
  accessLog(): string[];
  stop(): Promise<void>;
};

export function nginxBinary(): string | undefined {
  const found = spawnSync("sh", ["-c", "command -v nginx || ls /usr/sbin/nginx"], { encoding: "utf8" });
  return found.status === 0 ? found.stdout.trim().split("\n")[0] : undefined;
}

export function startNginx(options: { binary: string; root: string; dir: string; log: (line: string) => void }): Nginx {
  const prefix = path.join(options.dir, "nginx");
  for (const sub of ["logs", "temp"]) mkdirSync(path.join(prefix, sub), { recursive: true });
  // Workers may run as nobody when the master is root: they write temp files here.
  chmodSync(path.join(prefix, "temp"), 0o777);
  const conf = path.join(options.root, "deploy", "nginx.conf");
  const args = ["-p", prefix, "-c", conf, "-e", path.join(prefix, "logs", "error.log")];
  const global = `daemon off; pid ${path.join(prefix, "nginx.pid")};`;
  const check = spawnSync(options.binary, [...args, "-t", "-g", global], { encoding: "utf8" });
  if (check.status !== 0) throw new Error(`nginx -t refused ${conf}: ${check.stderr.trim()}`);
  const child = startChild("nginx", options.binary, [...args, "-g", global], { log: options.log });
  const access = path.join(prefix, "logs", "access.log");
  return {
    child,
    accessLog: () => (existsSync(access) ? readFileSync(access, "utf8").split("\n").filter(Boolean) : []),
    stop: () => child.stop("SIGQUIT", 5_000),
  };
}
