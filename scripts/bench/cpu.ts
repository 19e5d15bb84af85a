// Where the CPU went during a load: the app's processes (Node, Next) and its embedded
// PostgreSQL, found under the app's process in /proc, and this process (the load generator).
// Ticks of processes that exited during the load are not counted.
// Linux only; elsewhere it reports nothing.
import { readdirSync, readFileSync } from "node:fs";

const TICKS_PER_SECOND = 100;

type Snapshot = { at: number; self: NodeJS.CpuUsage; app: number; postgres: number; postgresProcesses: number } | null;

/** postgresPercent is null when PostgreSQL is not the app's child (DATABASE_URL). */
export type CpuShare = { appPercent: number; postgresPercent: number | null; loadGeneratorPercent: number };

/** CPU ticks used so far by the app's process tree (PostgreSQL backends call setsid, so not
 *  its process group: its descendants), split into PostgreSQL and the rest. */
function treeTicks(rootPid: number): { app: number; postgres: number; postgresProcesses: number } | null {
  let entries: string[];
  try {
    entries = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  const processes = new Map<number, { parent: number; comm: string; ticks: number }>();
  for (const pid of entries) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    } catch {
      continue;
    }
    // pid (comm) state ppid … utime(14) stime(15): comm may hold spaces, so split after ")".
    const close = stat.lastIndexOf(")");
    const fields = stat.slice(close + 2).split(" ");
    processes.set(Number(pid), {
      parent: Number(fields[1]),
      comm: stat.slice(stat.indexOf("(") + 1, close),
      ticks: Number(fields[11]) + Number(fields[12]),
    });
  }
  const inTree = (pid: number): boolean => {
    for (let current = pid, hops = 0; current > 1 && hops < 64; hops++) {
      if (current === rootPid) return true;
      current = processes.get(current)?.parent ?? 0;
    }
    return false;
  };
  const total = { app: 0, postgres: 0, postgresProcesses: 0 };
  for (const [pid, { comm, ticks }] of processes) {
    if (!inTree(pid)) continue;
    if (comm.startsWith("postgres")) {
      total.postgres += ticks;
      total.postgresProcesses++;
    } else total.app += ticks;
  }
  return total;
}

export function cpuSnapshot(appPid: number): Snapshot {
  const tree = treeTicks(appPid);
  return tree && { at: performance.now(), self: process.cpuUsage(), ...tree };
}

/** Percent of one core for each, between two snapshots (200 = both cores of a 2-core machine). */
export function cpuShare(before: Snapshot, after: Snapshot): CpuShare | null {
  if (!before || !after) return null;
  const seconds = (after.at - before.at) / 1000;
  const self = { user: after.self.user - before.self.user, system: after.self.system - before.self.system };
  const percent = (cpuSeconds: number) => Math.round((cpuSeconds / seconds) * 100);
  return {
    appPercent: percent((after.app - before.app) / TICKS_PER_SECOND),
    postgresPercent: after.postgresProcesses ? percent((after.postgres - before.postgres) / TICKS_PER_SECOND) : null,
    loadGeneratorPercent: percent((self.user + self.system) / 1e6),
  };
}
