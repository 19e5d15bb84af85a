// The migration generator (npm run db:migration): Prisma's Wasm schema engine
// on a real PostgreSQL (DATABASE_URL's server when set, else a throwaway one).
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { draftMigration, migrationFolderName } from "@/lib/db/schema-engine/index.ts";

import { startThrowawayPostgres, type ThrowawayPostgres } from "./throwaway-postgres.ts";

let server: ThrowawayPostgres | undefined;
let serverUrl: string;
const temp: string[] = [];

beforeAll(async () => {
  server = process.env.DATABASE_URL ? undefined : await startThrowawayPostgres();
  serverUrl = process.env.DATABASE_URL || server!.url;
}, 60_000);

afterAll(async () => {
  for (const dir of temp) await rm(dir, { recursive: true, force: true });
  await server?.stop();
}, 60_000);

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "schema-engine-"));
  temp.push(dir);
  return dir;
}

describe("migrationFolderName", () => {
  const at = new Date(Date.UTC(2026, 0, 31, 23, 59, 59));
  it("stamps the UTC time", () => {
    expect(migrationFolderName("add_x", ["20250101000000_init"], at)).toBe("20260131235959_add_x");
  });
  it("sorts after a migration made in the same second (or a clock behind)", () => {
    expect(migrationFolderName("b", ["20260131235959_a"], at)).toBe("20260201000000_b");
    expect(migrationFolderName("b", ["20270101000000_a", "migration_lock.toml"], at)).toBe("20270101000001_b");
  });
});

describe("draftMigration", () => {
  it("finds prisma/migrations up to date with prisma/schema.prisma", async () => {
    // Fails when the schema changed without `npm run db:migration -- <name>`.
    const sql = await draftMigration({
      databaseUrl: serverUrl,
      schemaPath: "prisma/schema.prisma",
      migrationsDir: "prisma/migrations",
    });
    expect(sql).toBeNull();
  }, 60_000);

  it("writes the first migration from nothing", async () => {
    const sql = await draftMigration({
      databaseUrl: serverUrl,
      schemaPath: "prisma/schema.prisma",
      migrationsDir: await tempDir(),
    });
    expect(sql).toMatch(/^-- CreateEnum\nCREATE TYPE "Provider" AS ENUM/);
    expect(sql).toContain('CREATE TABLE "Delivery"');
  }, 60_000);

  it("writes just the ALTER for a changed field", async () => {
    const dir = await tempDir();
    const schema = path.join(dir, "schema.prisma");
    const original = await readFile("prisma/schema.prisma", "utf8");
    const changed = original.replace(/^(\s+name\s+String\?)$/m, "$1 @db.VarChar(120)");
    expect(changed).not.toBe(original);
    await writeFile(schema, changed);
    const sql = await draftMigration({
      databaseUrl: serverUrl,
      schemaPath: schema,
      migrationsDir: "prisma/migrations",
    });
    expect(sql).toBe('-- AlterTable\nALTER TABLE "User" ALTER COLUMN "name" SET DATA TYPE VARCHAR(120);\n');
  }, 60_000);

  it("replays migrations whose SQL has semicolons inside literals", async () => {
    const dir = await tempDir();
    await cp("prisma/migrations", dir, { recursive: true });
    const [init] = (await readdir(dir)).filter((n) => n.endsWith("_init"));
    await cp(path.join(dir, init!), path.join(dir, "29991231235959_comment"), { recursive: true });
    await writeFile(path.join(dir, "29991231235959_comment", "migration.sql"), `COMMENT ON TABLE "User" IS 'a; b';\n`);
    const sql = await draftMigration({
      databaseUrl: serverUrl,
      schemaPath: "prisma/schema.prisma",
      migrationsDir: dir,
    });
    expect(sql).toBeNull();
  }, 60_000);
});
