// Starts the app as users do (scripts/start.ts: build if needed, database, migrations,
// scripts/serve.ts, Next behind a small HTTP server) as a child process, waits for /api/health, and stops it again.
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";

import { pipeLines, sleep } from "../support/child-output";

export type BenchServer = {
  baseUrl: string;
  port: number;
  pid: number;
  /** SIGTERM, then wait; scripts/start.ts forwards it to Next and stops PostgreSQL. */
  stop(): Promise<void>;
};

type StartOptions = {
  root: string;
  firstPort: number;
  env: Record<string, string | undefined>;
  startTimeoutMs: number;
  log: (line: string) => void;
};

/** Ports the app must never take on this machine (other people's dev servers and tests). */
const RESERVED_PORTS = new Set([3000, 3100]);
const STOP_TIMEOUT_MS = 60_000;

let running: ChildProcess | undefined;
let stopRunning: (() => Promise<void>) | undefined;

// Last resort when this process dies without running its cleanup (an uncaught error).
process.on("exit", () => {
  if (running && running.exitCode === null && running.signalCode === null) running.kill("SIGTERM");
});

/** Stops the app started by startServer, also while it is still starting. */
export function stopServer(): Promise<void> {
  return stopRunning ? stopRunning() : Promise.resolve();
}

export async function startServer({ root, firstPort, env, startTimeoutMs, log }: StartOptions): Promise<BenchServer> {
  const port = await findFreePort(firstPort);
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const [key, value] of Object.entries({ ...env, PORT: String(port) })) {
    if (value === undefined) delete childEnv[key];
    else childEnv[key] = value;
  }
  // Its own process group: a Ctrl-C reaches only us, and we stop the app in order.
  const child = spawn(process.execPath, ["--import", "tsx", path.join("scripts", "start.ts")], {
    cwd: root,
    env: childEnv,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  running = child;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  pipeLines(child.stdout!, (line) => log(line));
  pipeLines(child.stderr!, (line) => log(line));
  let healthy = false;

  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= stopChild(child, exited, healthy, log));
  stopRunning = stop;

  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(baseUrl, startTimeoutMs, () => child.exitCode !== null || child.signalCode !== null);
  } catch (error) {
    await stop();
    throw error;
  }
  healthy = true;
  return { baseUrl, port, pid: child.pid!, stop };
}

async function stopChild(
  child: ChildProcess,
  exited: Promise<void>,
  healthy: boolean,
  log: (line: string) => void,
): Promise<void> {
  const alive = () => child.exitCode === null && child.signalCode === null;
  if (alive()) {
    // Still starting (maybe building): the whole group, so a `next build` under it stops too.
    signal(child, healthy ? "SIGTERM" : "-SIGTERM");
    const stopped = await Promise.race([exited.then(() => true), sleep(STOP_TIMEOUT_MS).then(() => false)]);
    if (!stopped) {
      log(`the app did not stop within ${STOP_TIMEOUT_MS / 1000} s: killing its process group ${child.pid}`);
      signal(child, "-SIGKILL");
      await Promise.race([exited, sleep(5_000)]);
    }
  }
  running = undefined;
}

/** "-SIG…": the child's whole process group (it was started detached, so the group is its own). */
function signal(child: ChildProcess, name: "SIGTERM" | "-SIGTERM" | "-SIGKILL") {
  try {
    if (name.startsWith("-")) process.kill(-child.pid!, name.slice(1) as NodeJS.Signals);
    else child.kill(name as NodeJS.Signals);
  } catch {
    // Already gone.
  }
}

async function waitForHealth(baseUrl: string, timeoutMs: number, hasExited: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (hasExited()) throw new Error("the app exited before it was healthy; see its output above");
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5_000) });
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`GET /api/health did not answer 200 within ${timeoutMs / 1000} s`);
    await sleep(500);
  }
}

/** The first port from `first` on that nothing listens on. Next binds every interface, so test those. */
async function findFreePort(first: number): Promise<number> {
  for (let port = first; port < first + 100 && port <= 65535; port++) {
    if (RESERVED_PORTS.has(port)) continue;
    if ((await canListen(port)) && (await canListen(port, "127.0.0.1"))) return port;
  }
  throw new Error(`no free port in ${first}–${first + 99}`);
}

function canListen(port: number, host?: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}
