// npm start — builds if needed, starts the database (embedded unless DATABASE_URL
// is set), applies migrations, creates the first admin, and serves the dashboard.
// npm run dev — the same with Next in development mode (scripts/serve.ts --dev).
import { spawn, spawnSync } from "node:child_process";

import { loadOrCreateSecrets, resolveDataDir } from "../lib/config/data-dir";
import { env } from "../lib/config/env";
import { needsBuild } from "../lib/config/needs-build";
import { disconnectDb } from "../lib/db/client";
import { DatabaseInUseError } from "../lib/db/embedded-postgres";
import { applyMigrations } from "../lib/db/migrate";
import { openDatabase } from "../lib/db/open-database";
import { componentLogger } from "../lib/log/logger";
import { ensureFirstAdmin } from "../lib/users/ensure-first-admin";
import { startApplierProcess } from "./support/applier-process";
import { serveAddress } from "./support/serve-address";
import { waitForHealth } from "./support/wait-for-health";

// embedded-postgres stops its server on the first signal, while the dashboard may still be
// answering; here the dashboard stops first and the database after it.
for (const event of ["SIGINT", "SIGTERM", "SIGHUP", "beforeExit"] as const) process.removeAllListeners(event);

const dev = process.argv.includes("--dev");
const log = componentLogger("start");
const say = (line: string) => log.info(line);

function fail(message: string): never {
  log.fatal(message);
  process.exit(1);
}

let config: ReturnType<typeof env>;
try {
  config = env();
} catch (error) {
  fail((error as Error).message);
}

// AUTH_SECRET: required with an external database (several instances must share it);
// embedded mode keeps a generated one in DATA_DIR so sessions survive restarts.
let authSecret = config.AUTH_SECRET;
if (!authSecret) {
  if (config.DATABASE_URL)
    fail(
      "AUTH_SECRET is required when DATABASE_URL is set (every instance must use the same one). Generate one with: openssl rand -base64 48",
    );
  authSecret = loadOrCreateSecrets(resolveDataDir(config.DATA_DIR)).authSecret;
}

const childEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

let database: Awaited<ReturnType<typeof openDatabase>>;
try {
  database = await openDatabase("server", (line) => {
    if (/ERROR|FATAL|PANIC/.test(line)) componentLogger("postgres").error(line);
  });
} catch (error) {
  if (error instanceof DatabaseInUseError) fail(error.message);
  fail(`Could not start the database: ${(error as Error).message}`);
}
say(
  database.owner
    ? `Embedded PostgreSQL running from ${resolveDataDir(config.DATA_DIR)}`
    : "Using the database at DATABASE_URL",
);

try {
  // Built after the database is ours, so a second start fails at once, not after a build.
  if (!dev && needsBuild()) {
    say("Building the dashboard (first start or sources changed)…");
    const build = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
      stdio: "inherit",
      env: childEnv,
    });
    if (build.status !== 0) throw new Error("the build failed; see the output above.");
  }
  process.env.DATABASE_URL = database.url;
  const { applied } = await applyMigrations(database.url);
  if (applied.length) say(`Applied migrations: ${applied.join(", ")}`);
  const admin = await ensureFirstAdmin(config.ADMIN_EMAIL, config.ADMIN_PASSWORD);
  if (admin) {
    say(`Created the first admin: ${admin.email}`);
    // On a terminal, shown once; never into a log line a collector keeps.
    if (admin.generatedPassword && process.stdout.isTTY)
      process.stdout.write(`\n  Password of ${admin.email} (shown once): ${admin.generatedPassword}\n\n`);
    else if (admin.generatedPassword)
      say(
        `A password was generated but not printed (output is not a terminal): set one with npm run user -- reset-password ${admin.email} --password <pw>`,
      );
  }
  await disconnectDb();
} catch (error) {
  await database.stop();
  fail(`Could not start: ${(error as Error).message}`);
}

// scripts/serve.ts: Next behind a small HTTP server that records the socket's peer address
// (TRUST_PROXY_HOPS decides how far X-Forwarded-For is believed) and sets security headers.
const next = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", ...(dev ? ["--dev"] : [])], {
  stdio: "inherit",
  env: {
    ...childEnv,
    NODE_ENV: dev ? "development" : "production",
    PORT: String(config.PORT),
    HOST: config.HOST,
    DATABASE_URL: database.url,
    AUTH_SECRET: authSecret,
    AUTH_TRUST_HOST: "true",
    // Its receivers store and NOTIFY; the applier process applies (scripts/applier.ts).
    APPLIER: "separate",
  },
});
const applier = startApplierProcess({
  ...childEnv,
  NODE_ENV: dev ? "development" : "production",
  DATABASE_URL: database.url,
});
// The URL is printed once the dashboard answers, so what a person opens works at once.
const address = serveAddress(config);
say(`Starting the dashboard on ${address.host}:${address.port}; the URL follows once GET /api/health answers…`);
waitForHealth(address.probeUrl, { running: () => next.exitCode === null && next.signalCode === null }).then(
  () => say(`Dashboard ready: ${address.url} (GET /api/health answered 200)`),
  () => {}, // it exited first: its own output and the exit below say why
);

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  await applier.stop();
  await database.stop().catch((error) => log.error({ err: (error as Error).message }, "stopping PostgreSQL failed"));
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    // Next finishes what it is answering and exits; then the database stops.
    void applier.stop(); // finishes its batch while Next finishes its answers
    if (next.exitCode === null && next.signalCode === null) next.kill(signal);
    else void shutdown(0);
  });
}
next.on("exit", (code, signal) => void shutdown(code ?? (signal ? 0 : 1)));
