// npm start's second child: scripts/applier.ts, which applies stored deliveries outside the
// dashboard's process (its own event loop, its own small pool). Started again when it dies;
// stop() sends SIGTERM (it finishes its batch) and resolves once it has exited.
import { spawn, type ChildProcess } from "node:child_process";

import { componentLogger } from "../../lib/log/logger";

const log = componentLogger("start");
const RESTART_AFTER_MS = 1_000;
/** 3 workers and the LISTEN connection's neighbour: the dashboard's pool is not shared. */
const APPLIER_POOL_SIZE = "4";

export function startApplierProcess(env: NodeJS.ProcessEnv): { stop(): Promise<void> } {
  let stopping = false;
  let child: ChildProcess;
  const start = () => {
    child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/applier.ts"], {
      stdio: "inherit",
      env: { ...env, APPLIER: "in-process", DATABASE_POOL_SIZE: APPLIER_POOL_SIZE },
    });
    child.on("exit", (code, signal) => {
      if (stopping) return;
      log.error({ code, signal }, "the applier process exited; starting it again");
      setTimeout(() => stopping || start(), RESTART_AFTER_MS);
    });
  };
  start();
  return {
    stop: () => {
      stopping = true;
      if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.kill("SIGTERM");
      return exited;
    },
  };
}
