// npm run api-key, run as a user runs it, against this worker's database.
import { execFile } from "node:child_process";
import { promisify } from "node:util";

import { beforeEach, describe, expect, it } from "vitest";

import { authenticateApiKey } from "@/lib/api-keys/authenticate-api-key";
import { db } from "@/lib/db/client";
import { resetDatabase } from "@/test/reset-database";

const run = promisify(execFile);

async function apiKey(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "scripts/api-key.ts", ...args], {
      env: { ...process.env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeEach(resetDatabase);

describe("npm run api-key", () => {
  it("creates a key shown once, lists it without the key, and revokes it; each change audited", async () => {
    const created = await apiKey("create", "Main shop", "--scope", "write");
    expect(created.code).toBe(0);
    const key = /Key: (fdk_live_\S+)/.exec(created.stdout)![1]!;
    expect(await authenticateApiKey(key)).toMatchObject({ name: "Main shop", scope: "WRITE" });
    const stored = await db().apiKey.findUniqueOrThrow({ where: { name: "Main shop" } });
    expect(stored.keyHash).not.toContain(key);
    expect(key.startsWith(stored.prefix)).toBe(true);

    const listed = await apiKey("list");
    expect(listed.stdout).toMatch(/Main shop\s+write\s+fdk_live_\S+…\s+cli:/);
    expect(listed.stdout).not.toContain(key);

    expect((await apiKey("revoke", "Main shop")).code).toBe(0);
    expect(await authenticateApiKey(key)).toBeNull();
    const audit = await db().auditLog.findMany({ orderBy: { at: "asc" }, select: { action: true, targetId: true } });
    expect(audit).toEqual([
      { action: "api-key.create", targetId: stored.id },
      { action: "api-key.revoke", targetId: stored.id },
    ]);
  }, 60_000);

  it("refuses a taken name, a bad scope and an unknown key in words", async () => {
    expect((await apiKey("create", "till", "--scope", "read")).code).toBe(0);
    const taken = await apiKey("create", "till", "--scope", "read");
    expect([taken.code, taken.stderr.trim()]).toEqual([1, 'An API key named "till" exists already.']);
    const scope = await apiKey("create", "other", "--scope", "admin");
    expect([scope.code, scope.stderr.trim()]).toEqual([2, "The scope must be read or write."]);
    const unknown = await apiKey("revoke", "nobody");
    expect([unknown.code, unknown.stderr.trim()]).toEqual([1, 'No API key is named "nobody".']);
  }, 60_000);
});
