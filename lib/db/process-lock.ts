// A lock file naming the process that owns a resource under DATA_DIR.
// Created with O_EXCL so two processes can never both believe they own it.
import { readFileSync, rmSync, writeFileSync } from "node:fs";

import { z } from "zod";

const lockSchema = z.object({
  pid: z.number().int(),
  owner: z.enum(["server", "command"]),
  port: z.number().int().optional(),
  startedAt: z.string(),
});

export type LockInfo = z.infer<typeof lockSchema>;

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function readLock(file: string): LockInfo | undefined {
  try {
    const parsed = lockSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Takes the lock, or returns the live holder. A lock left by a dead process is taken over. */
export function tryLock(
  file: string,
  info: Omit<LockInfo, "pid" | "startedAt">,
): { acquired: true } | { acquired: false; holder: LockInfo } {
  for (let attempt = 0; attempt < 3; attempt++) {
    const mine: LockInfo = { ...info, pid: process.pid, startedAt: new Date().toISOString() };
    try {
      writeFileSync(file, JSON.stringify(mine), { flag: "wx", mode: 0o600 });
      return { acquired: true };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = readLock(file);
    if (holder && isProcessAlive(holder.pid)) return { acquired: false, holder };
    // Stale (holder gone, or a half-written file): remove and try again.
    rmSync(file, { force: true });
  }
  throw new Error(`Could not take the lock ${file}`);
}

export function updateLock(file: string, patch: Partial<LockInfo>): void {
  const current = readLock(file);
  if (!current || current.pid !== process.pid) return;
  writeFileSync(file, JSON.stringify({ ...current, ...patch }), { mode: 0o600 });
}

export function releaseLock(file: string): void {
  const current = readLock(file);
  if (current && current.pid !== process.pid) return;
  rmSync(file, { force: true });
}
