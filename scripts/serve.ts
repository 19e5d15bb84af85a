// The dashboard's HTTP server (started by scripts/start.ts): Next's documented custom
// server, so that before Next sees a request the socket's peer address is recorded where
// no client can forge it (lib/server/forwarded.ts) and every response carries the
// security headers (lib/server/security-headers.ts). `next start` alone keeps whatever
// X-Forwarded-For a client sends.
import { createServer } from "node:http";
import type { TLSSocket } from "node:tls";

import next from "next";

import { env } from "../lib/config/env";
import { startJobs, stopJobs } from "../lib/jobs/start-jobs";
import { componentLogger } from "../lib/log/logger";
import { serveLogged } from "../lib/log/serve-logged";
import { markPeer, trustedHttps } from "../lib/server/forwarded";
import { baseSecurityHeaders, NON_PAGE_CSP, proxyHandles } from "../lib/server/security-headers";
import { serveAddress } from "./support/serve-address";

const dev = process.argv.includes("--dev");
const log = componentLogger("server");
const jobsLog = componentLogger("jobs");
// Binds HOST (default every interface) and PORT; Next is told a name it can reach itself by.
const address = serveAddress(env());
const port = address.port;

const app = next({ dev, hostname: address.localHost, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  markPeer(req.headers, { remoteAddress: req.socket.remoteAddress, encrypted: (req.socket as TLSSocket).encrypted });
  const get = (name: string) => {
    const value = req.headers[name];
    return Array.isArray(value) ? value.join(", ") : value;
  };
  for (const [name, value] of Object.entries(baseSecurityHeaders({ https: trustedHttps(get) })))
    res.setHeader(name, value);
  const pathname = (req.url ?? "/").split("?")[0]!;
  if (!proxyHandles(pathname)) res.setHeader("Content-Security-Policy", NON_PAGE_CSP);
  serveLogged(req, res, () => void handle(req, res));
});
server.listen(port, address.host, () =>
  log.info({ host: address.host, port, dev }, `Listening on ${address.host}:${port}${dev ? " (development)" : ""}`),
);

let closing = false;

// The job runner (lib/jobs): outbound events and the scheduled jobs. It needs the database;
// without one (a build check) there is nothing to run. While it cannot start (the database
// away), it is tried again: an instance without it would never send an event.
const JOBS_RETRY_MS = 10_000;
function startJobsUntilRunning(): void {
  startJobs().catch((error: Error) => {
    if (closing) return;
    jobsLog.error({ err: error.message, retryInSeconds: JOBS_RETRY_MS / 1000 }, "could not start; trying again");
    setTimeout(startJobsUntilRunning, JOBS_RETRY_MS).unref();
  });
}
if (process.env.DATABASE_URL) startJobsUntilRunning();

// Stop taking connections, let answers in flight and event attempts finish, then exit (scripts/start.ts then stops PostgreSQL).
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    server.close(
      () =>
        void stopJobs(8_000)
          .catch((error: Error) => jobsLog.error({ err: error.message }, "stopping failed"))
          .finally(() => void app.close().finally(() => process.exit(0))),
    );
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
