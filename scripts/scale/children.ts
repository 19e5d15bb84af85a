// Every child process the scale test starts, so that an exit, a failure or a Ctrl-C leaves none behind.
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";

import { pipeLines, sleep } from "../support/child-output";

export type Child = {
  name: string;
  process: ChildProcess;
  exited: Promise<void>;
  running(): boolean;
  /** SIGTERM (or `signal`), then SIGKILL after `graceMs`. */
  stop(signal?: NodeJS.Signals, graceMs?: number): Promise<void>;
};

const children = new Set<Child>();
/** Synchronous last steps run at exit (e.g. stopping PostgreSQL), after the children are killed. */
const finalizers: (() => void)[] = [];

export function onFinalExit(step: () => void): void {
  finalizers.push(step);
}

process.on("exit", () => {
  for (const child of children) if (child.running()) kill(child.process, "SIGKILL");
  for (const step of finalizers.splice(0).reverse()) {
    try {
      step();
    } catch {
      // Best effort at exit.
    }
  }
});

function kill(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    process.kill(-child.pid!, signal); // its own process group (detached)
  } catch {
    try {
      child.kill(signal);
    } catch {
      // Gone already.
    }
  }
}

/** Starts a tracked child in its own process group; each output line goes to `log` (when given). */
export function startChild(
  name: string,
  command: string,
  args: string[],
  options: SpawnOptions & { log?: (line: string) => void } = {},
): Child {
  const child = spawn(command, args, { ...options, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const log = options.log;
  if (log) {
    pipeLines(child.stdout!, log);
    pipeLines(child.stderr!, log);
  } else {
    child.stdout!.resume();
    child.stderr!.resume();
  }
  const tracked: Child = {
    name,
    process: child,
    exited,
    running: () => child.exitCode === null && child.signalCode === null,
    async stop(signal = "SIGTERM", graceMs = 10_000) {
      if (tracked.running()) {
        kill(child, signal);
        if (!(await Promise.race([exited.then(() => true), sleep(graceMs).then(() => false)]))) {
          kill(child, "SIGKILL");
          await Promise.race([exited, sleep(3_000)]);
        }
      }
      children.delete(tracked);
    },
  };
  children.add(tracked);
  void exited.then(() => children.delete(tracked));
  return tracked;
}

/** Stops every child still running (instances first: they answer, then the rest). */
export async function stopAllChildren(): Promise<void> {
  await Promise.all([...children].map((child) => child.stop()));
}
