// applyMigrations against a real PostgreSQL: DATABASE_URL's server when set
// (each test gets its own scratch database there), else a throwaway one.
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { applyMigrations, checksum } from "@/lib/db/migrate.ts";
import { readMigrationList, withSchemaEngine } from "@/lib/db/schema-engine/index.ts";

import { createScratchDatabase, startThrowawayPostgres, type ThrowawayPostgres } from "./throwaway-postgres.ts";

let server: ThrowawayPostgres | undefined;
let serverUrl: string;
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  server = process.env.DATABASE_URL ? undefined : await startThrowawayPostgres();
  serverUrl = process.env.DATABASE_URL || server!.url;
}, 60_000);

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  await server?.stop();
}, 60_000);

async function freshDatabase(): Promise<string> {
  const db = await createScratchDatabase(serverUrl);
  cleanups.push(db.drop);
  return db.url;
}

async function migrationsDir(migrations: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  for (const [name, sql] of Object.entries(migrations)) {
    await mkdir(path.join(dir, name));
    await writeFile(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

async function query<R extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

interface Row {
  id: string;
  checksum: string;
  finished_at: Date | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: Date | null;
  started_at: Date;
  applied_steps_count: number;
}
const migrationRows = (url: string, schema = "public") =>
  query<Row>(url, `SELECT * FROM "${schema}"._prisma_migrations ORDER BY migration_name`);

// Folder names sort differently from the order they are written in here.
const FIXTURE = {
  "20240102000000_add_note": `ALTER TABLE "Thing" ADD COLUMN "note" TEXT;\n`,
  "20240101000000_init": `-- CreateTable\nCREATE TABLE "Thing" (\n    "id" SERIAL NOT NULL,\n    "label" TEXT NOT NULL DEFAULT 'a; b',\n    CONSTRAINT "Thing_pkey" PRIMARY KEY ("id")\n);\n`,
};
const FIXTURE_NAMES = Object.keys(FIXTURE).sort();

describe("applyMigrations", () => {
  it("applies every migration to an empty database, in name order", async () => {
    const url = await freshDatabase();
    const dir = await migrationsDir(FIXTURE);
    expect(await applyMigrations(url, { migrationsDir: dir })).toEqual({ applied: FIXTURE_NAMES });
    const columns = await query<{ column_name: string }>(
      url,
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'Thing' ORDER BY ordinal_position`,
    );
    expect(columns.map((c) => c.column_name)).toEqual(["id", "label", "note"]);
  });

  it("does nothing when applied again", async () => {
    const url = await freshDatabase();
    const dir = await migrationsDir(FIXTURE);
    await applyMigrations(url, { migrationsDir: dir });
    const before = await migrationRows(url);
    const lines: string[] = [];
    expect(await applyMigrations(url, { migrationsDir: dir, log: (l) => lines.push(l) })).toEqual({ applied: [] });
    expect(await migrationRows(url)).toEqual(before);
    expect(lines).toContain("No pending migrations.");
  });

  it("applies only the migrations added since", async () => {
    const url = await freshDatabase();
    const first = { "20240101000000_init": FIXTURE["20240101000000_init"] };
    await applyMigrations(url, { migrationsDir: await migrationsDir(first) });
    expect(await applyMigrations(url, { migrationsDir: await migrationsDir(FIXTURE) })).toEqual({
      applied: ["20240102000000_add_note"],
    });
  });

  it("records _prisma_migrations rows the way Prisma does", async () => {
    const ours = await freshDatabase();
    const dir = await migrationsDir(FIXTURE);
    await applyMigrations(ours, { migrationsDir: dir });

    // Same migrations applied by Prisma's own schema engine, for comparison.
    const theirs = await freshDatabase();
    const migrationsList = await readMigrationList(dir);
    migrationsList.lockfile.content = 'provider = "postgresql"\n';
    const filters = { externalTables: [], externalEnums: [] };
    await withSchemaEngine({ databaseUrl: theirs }, (engine) => engine.applyMigrations({ migrationsList, filters }));

    const describeTable = (url: string) =>
      query(
        url,
        `SELECT column_name, data_type, character_maximum_length, is_nullable, column_default
           FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
      );
    expect(await describeTable(ours)).toEqual(await describeTable(theirs));
    const constraints = (url: string) =>
      query(
        url,
        `SELECT contype, pg_get_constraintdef(oid) AS def FROM pg_constraint
                   WHERE conrelid = '_prisma_migrations'::regclass AND contype IN ('p', 'u') ORDER BY 1`,
      );
    expect(await constraints(ours)).toEqual(await constraints(theirs));

    const [ourRows, theirRows] = [await migrationRows(ours), await migrationRows(theirs)];
    const shape = (r: Row) => ({
      migration_name: r.migration_name,
      checksum: r.checksum,
      logs: r.logs,
      rolled_back_at: r.rolled_back_at,
      applied_steps_count: r.applied_steps_count,
      finished: r.finished_at !== null && r.finished_at >= r.started_at,
      uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(r.id),
    });
    expect(ourRows.map(shape)).toEqual(theirRows.map(shape));
    expect(ourRows.map((r) => r.checksum)).toEqual(
      FIXTURE_NAMES.map((n) => checksum(FIXTURE[n as keyof typeof FIXTURE])),
    );

    // What `prisma migrate status` would say about our database: in sync.
    const diagnosis = await withSchemaEngine({ databaseUrl: ours }, (engine) =>
      engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters }),
    );
    expect(diagnosis).toMatchObject({
      editedMigrationNames: [],
      failedMigrationNames: [],
      hasMigrationsTable: true,
      history: null,
    });
  }, 60_000);

  it("refuses a migration edited after it was applied", async () => {
    const url = await freshDatabase();
    const dir = await migrationsDir(FIXTURE);
    await applyMigrations(url, { migrationsDir: dir });
    const file = path.join(dir, "20240101000000_init", "migration.sql");
    await writeFile(file, `${await readFile(file, "utf8")}-- edited\n`);
    await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(
      /Migration 20240101000000_init was modified after it was applied/,
    );
  });

  it("accepts a migration whose line endings git changed, as Prisma does", async () => {
    const url = await freshDatabase();
    const dir = await migrationsDir(FIXTURE);
    await applyMigrations(url, { migrationsDir: dir });
    const file = path.join(dir, "20240101000000_init", "migration.sql");
    await writeFile(file, (await readFile(file, "utf8")).replaceAll("\n", "\r\n"));
    expect(await applyMigrations(url, { migrationsDir: dir })).toEqual({ applied: [] });
  });

  it("refuses to go on after a recorded failure, until it is marked rolled back", async () => {
    const url = await freshDatabase();
    const dir = await migrationsDir(FIXTURE);
    await applyMigrations(url, { migrationsDir: await migrationsDir({}) }); // creates the table
    // What `prisma migrate deploy` leaves behind when a migration fails.
    await query(
      url,
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, logs, started_at, applied_steps_count)
       VALUES ('00000000-0000-4000-8000-000000000000', $1, '20240101000000_init', 'boom', now(), 0)`,
      [checksum(FIXTURE["20240101000000_init"])],
    );
    await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(/20240101000000_init failed earlier/);

    // `prisma migrate resolve --rolled-back` sets rolled_back_at: then it is retried.
    await query(url, `UPDATE _prisma_migrations SET rolled_back_at = now()`);
    expect(await applyMigrations(url, { migrationsDir: dir })).toEqual({ applied: FIXTURE_NAMES });
  });

  it("rolls a failing migration back whole and records nothing for it", async () => {
    const url = await freshDatabase();
    const dir = await migrationsDir({
      ...FIXTURE,
      "20240103000000_broken": `CREATE TABLE "Half" ("id" INT);\nSELECT no_such_function();\n`,
    });
    await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(
      /Migration 20240103000000_broken failed and was rolled back: function no_such_function\(\) does not exist/,
    );
    expect(await query(url, `SELECT to_regclass('"Half"') AS t`)).toEqual([{ t: null }]);
    expect((await migrationRows(url)).map((r) => r.migration_name)).toEqual(FIXTURE_NAMES);
  });

  it("applies once when two instances start at the same time", async () => {
    const url = await freshDatabase();
    const dir = await migrationsDir({
      ...FIXTURE,
      // Long enough for the second instance to arrive while the first holds the lock.
      "20240103000000_slow": `SELECT pg_sleep(0.5);\nCREATE TABLE "Slow" ("id" INT);\n`,
    });
    const logs: string[][] = [[], []];
    const results = await Promise.all(
      logs.map((lines) => applyMigrations(url, { migrationsDir: dir, log: (l) => lines.push(l) })),
    );
    const all = [...FIXTURE_NAMES, "20240103000000_slow"];
    expect(results.map((r) => r.applied).sort()).toEqual([[], all]);
    expect((await migrationRows(url)).map((r) => r.migration_name)).toEqual(all);
    expect(logs.flat()).toContain("Waiting for another process applying migrations…");
  });

  it("honours ?schema= in the URL, as Prisma does", async () => {
    const url = await freshDatabase();
    const dir = await migrationsDir(FIXTURE);
    const withSchema = `${url}?schema=tenant`;
    expect(await applyMigrations(withSchema, { migrationsDir: dir })).toEqual({ applied: FIXTURE_NAMES });
    expect((await migrationRows(url, "tenant")).length).toBe(2);
    expect(await query(url, `SELECT to_regclass('tenant."Thing"')::text AS t`)).toEqual([{ t: 'tenant."Thing"' }]);
  });

  it("applies the repository's prisma/migrations, which the engine then finds in sync", async () => {
    const url = await freshDatabase();
    const { applied } = await applyMigrations(url);
    expect(applied.length).toBeGreaterThan(0);
    expect(applied[0]).toMatch(/^\d{14}_init$/);
    expect(await applyMigrations(url)).toEqual({ applied: [] });

    const migrationsList = await readMigrationList("prisma/migrations");
    const diagnosis = await withSchemaEngine({ databaseUrl: url }, (engine) =>
      engine.diagnoseMigrationHistory({
        migrationsList,
        optInToShadowDatabase: false,
        filters: { externalTables: [], externalEnums: [] },
      }),
    );
    expect(diagnosis).toMatchObject({ editedMigrationNames: [], failedMigrationNames: [], history: null });
  }, 60_000);
});
