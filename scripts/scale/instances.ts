// An app instance as an operator runs one behind a balancer: scripts/serve.ts (Next behind
// the custom server) with the shared database, AUTH_SECRET and TRUST_PROXY_HOPS=1.
import { waitForHealth } from "../support/wait-for-health";
import { startChild, type Child } from "./children";

export type Instance = {
  port: number;
  url: string;
  /** Starts it (again) and waits until GET /api/health answers 200. */
  start(): Promise<void>;
  /** SIGKILL: no goodbye, jobs and requests in flight die with it. */
  kill(): Promise<void>;
  stop(): Promise<void>;
};

export function instance(options: {
  root: string;
  port: number;
  env: Record<string, string>;
  log: (line: string) => void;
}): Instance {
  let child: Child | undefined;
  const url = `http://127.0.0.1:${options.port}`;
  return {
    port: options.port,
    url,
    async start() {
      child = startChild(`instance ${options.port}`, process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
        cwd: options.root,
        env: {
          ...process.env,
          ...options.env,
          NODE_ENV: "production",
          NEXT_TELEMETRY_DISABLED: "1",
          HOST: "127.0.0.1",
          PORT: String(options.port),
        },
        log: (line) => options.log(line),
      });
      const started = child;
      await waitForHealth(url, { timeoutMs: 90_000, running: () => started.running() });
    },
    async kill() {
      await child?.stop("SIGKILL", 1_000);
    },
    async stop() {
      await child?.stop("SIGTERM", 12_000);
    },
  };
}
