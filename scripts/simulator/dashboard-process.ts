// The dashboard as a child process started exactly as `npm start` starts it
// (scripts/start.ts: build if needed, database, migrations, `next start`), in its own
// process group so a Ctrl-C reaches only us and we stop it in order. Follows
// scripts/bench/server.ts, without its reserved ports (the demo's default is 3000).
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";

import { pipeLines, sleep } from "../support/child-output";

export type DashboardProcess = {
  baseUrl: string;
  child: ChildProcess;
  exited: Promise<number | null>;
  /** Once healthy, a stop signals only scripts/start.ts, which stops Next and then PostgreSQL. */
  markHealthy(): void;
  stop(): Promise<void>;
};

const STOP_TIMEOUT_MS = 60_000;

export function startDashboard(options: {
  root: string;
  port: number;
  env: Record<string, string | undefined>;
  log: (line: string) => void;
}): DashboardProcess {
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const [key, value] of Object.entries(options.env)) {
    if (value === undefined) delete childEnv[key];
    else childEnv[key] = value;
  }
  const child = spawn(process.execPath, ["--import", "tsx", path.join("scripts", "start.ts")], {
    cwd: options.root,
    env: childEnv,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  pipeLines(child.stdout!, options.log);
  pipeLines(child.stderr!, options.log);
  let healthy = false;
  let stopping: Promise<void> | undefined;
  // Last resort when we die without cleaning up.
  process.on("exit", () => {
    if (child.exitCode === null && child.signalCode === null) signal(child, "-SIGTERM");
  });
  const dashboard: DashboardProcess = {
    baseUrl: `http://127.0.0.1:${options.port}`,
    child,
    exited,
    markHealthy: () => (healthy = true),
    stop: () =>
      (stopping ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        // Healthy: scripts/start.ts stops Next, then PostgreSQL. Still starting (maybe building): the whole group.
        signal(child, healthy ? "SIGTERM" : "-SIGTERM");
        const stopped = await Promise.race([exited.then(() => true), sleep(STOP_TIMEOUT_MS).then(() => false)]);
        if (!stopped) {
          options.log(
            `the dashboard did not stop within ${STOP_TIMEOUT_MS / 1000} s: killing its process group ${child.pid}`,
          );
          signal(child, "-SIGKILL");
          await Promise.race([exited, sleep(5_000)]);
        }
      })()),
  };
  return dashboard;
}

/** Waits for GET /api/health to answer 200; fails when the process exits first. */
export async function waitForHealth(dashboard: DashboardProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const child = dashboard.child;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error("the dashboard exited before it was healthy; see its output above");
    try {
      const response = await fetch(`${dashboard.baseUrl}/api/health`, { signal: AbortSignal.timeout(5_000) });
      if (response.status === 200) {
        dashboard.markHealthy();
        return;
      }
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`GET /api/health did not answer 200 within ${timeoutMs / 1000} s`);
    await sleep(500);
  }
}

/** True when nothing listens on the port (Next binds every interface: test both). */
export async function portIsFree(port: number): Promise<boolean> {
  return (await canListen(port)) && (await canListen(port, "127.0.0.1"));
}

function canListen(port: number, host?: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}

function signal(child: ChildProcess, name: "SIGTERM" | "-SIGTERM" | "-SIGKILL") {
  try {
    if (name.startsWith("-")) process.kill(-child.pid!, name.slice(1) as NodeJS.Signals);
    else child.kill(name as NodeJS.Signals);
  } catch {
    // Already gone.
  }
}
