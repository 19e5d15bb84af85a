// The embedded server's lifecycle: first start, attach, refusal of a second dashboard, restart.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";

import { DatabaseInUseError, openEmbeddedDatabase } from "@/lib/db/embedded-postgres";

const dataDir = mkdtempSync(path.join(tmpdir(), "fd-embedded-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("openEmbeddedDatabase", () => {
  it("initialises, serves, refuses a second server, lets commands attach, and restarts with the data", async () => {
    const server = await openEmbeddedDatabase({ dataDir, owner: "server" });
    try {
      expect(server.owner).toBe(true);
      expect(server.url).toMatch(/^postgresql:\/\/postgres:.+@127\.0\.0\.1:\d+\/financing_desk$/);
      await query(server.url, "CREATE TABLE kept (v int); INSERT INTO kept VALUES (42)");
      const secrets = JSON.parse(readFileSync(path.join(dataDir, "secrets.json"), "utf8"));
      expect(secrets.authSecret.length).toBeGreaterThanOrEqual(32);

      const second = openEmbeddedDatabase({ dataDir, owner: "server" });
      await expect(second).rejects.toBeInstanceOf(DatabaseInUseError);
      await expect(second).rejects.toThrow(/already running from .* \(process \d+\)/);

      const command = await openEmbeddedDatabase({ dataDir, owner: "command" });
      expect(command.owner).toBe(false);
      expect(command.url).toBe(server.url);
      expect(await query(command.url, "SELECT v FROM kept")).toEqual([{ v: 42 }]);
      await command.stop(); // a guest's stop leaves the server running
      expect(await query(server.url, "SELECT count(*)::int AS n FROM kept")).toEqual([{ n: 1 }]);
    } finally {
      await server.stop();
    }
    expect(existsSync(path.join(dataDir, "postgres.lock"))).toBe(false);

    const again = await openEmbeddedDatabase({ dataDir, owner: "command" });
    try {
      expect(again.owner).toBe(true);
      expect(await query(again.url, "SELECT v FROM kept")).toEqual([{ v: 42 }]);
    } finally {
      await again.stop();
    }
  });
});
