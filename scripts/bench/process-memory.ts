// Memory of the app's Next server process, read from /proc (Linux): the export's peak RSS.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";

/** The Next server: the largest process under the app that is not PostgreSQL. */
export function nextServerPid(appPid: number): number | null {
  let pids: number[];
  try {
    pids = readdirSync("/proc")
      .filter((n) => /^\d+$/.test(n))
      .map(Number);
  } catch {
    return null;
  }
  const parent = new Map<number, number>();
  const comm = new Map<number, string>();
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const close = stat.lastIndexOf(")");
      parent.set(pid, Number(stat.slice(close + 2).split(" ")[1]));
      comm.set(pid, stat.slice(stat.indexOf("(") + 1, close));
    } catch {
      // Gone.
    }
  }
  const underApp = (pid: number) => {
    for (let p = pid, hops = 0; p > 1 && hops < 64; hops++, p = parent.get(p) ?? 0) if (p === appPid) return true;
    return false;
  };
  const candidates = pids.filter((pid) => underApp(pid) && !comm.get(pid)?.startsWith("postgres"));
  candidates.sort((a, b) => (rssMb(b, "VmRSS") ?? 0) - (rssMb(a, "VmRSS") ?? 0));
  return candidates[0] ?? null;
}

export function rssMb(pid: number, field: "VmRSS" | "VmHWM"): number | null {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** Resets the kernel's peak-RSS counter (VmHWM) so it covers the export only; harmless where not allowed. */
export function resetPeakRss(pid: number) {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, "5");
  } catch {
    // Not permitted: the sampled peak still stands.
  }
}
