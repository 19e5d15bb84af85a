// Applies prisma/migrations/<name>/migration.sql in name order and records
// them in Prisma's own `_prisma_migrations` table, so that `prisma migrate
// deploy` / `migrate status` agree with us wherever the Prisma CLI can run.
// (Its schema engine is a native binary this project cannot download.)
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

import pg from "pg";

export interface ApplyOptions {
  log?: (line: string) => void;
  /** Defaults to `prisma/migrations` under the current directory. */
  migrationsDir?: string;
}

export interface LocalMigration {
  name: string;
  sql: string;
}

interface MigrationRow {
  id: string;
  checksum: string;
  migration_name: string;
  finished_at: Date | null;
}

// The key `prisma migrate` itself locks on PostgreSQL, so we also exclude a
// concurrent `prisma migrate deploy`.
const ADVISORY_LOCK_KEY = 72707369;

// Prisma's DDL for the table, verbatim (schema engine, postgres flavour).
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
);`;

export function checksum(sql: string): string {
  return createHash("sha256").update(sql, "utf8").digest("hex");
}

// As Prisma: a file still matches after git changed its line endings.
function matchesChecksum(sql: string, expected: string): boolean {
  return [sql, sql.replaceAll("\r\n", "\n"), sql.replaceAll("\n", "\r\n")].some((s) => checksum(s) === expected);
}

export async function readLocalMigrations(migrationsDir: string): Promise<LocalMigration[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch((err: NodeJS.ErrnoException) => {
    if (err.code === "ENOENT") return [];
    throw err;
  });
  // localeCompare, as the Prisma CLI sorts them.
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b));
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(migrationsDir, name, "migration.sql");
      const sql = await readFile(file, "utf8").catch((err: Error) => {
        throw new Error(`Migration folder ${name} has no readable migration.sql (${err.message})`);
      });
      return { name, sql };
    }),
  );
}

// Prisma reads `?schema=` from the URL; node-postgres ignores it.
function urlSchema(databaseUrl: string): string | null {
  try {
    return new URL(databaseUrl).searchParams.get("schema");
  } catch {
    return null;
  }
}

export async function applyMigrations(databaseUrl: string, opts: ApplyOptions = {}): Promise<{ applied: string[] }> {
  const log = opts.log ?? (() => {});
  const local = await readLocalMigrations(path.resolve(opts.migrationsDir ?? "prisma/migrations"));

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const schema = urlSchema(databaseUrl);
    if (schema) {
      const id = client.escapeIdentifier(schema);
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${id}`);
      await client.query(`SET search_path TO ${id}`);
    }

    // Session lock: a second instance starting at the same time waits here,
    // then finds everything applied.
    const {
      rows: [got],
    } = await client.query<{ ok: boolean }>("SELECT pg_try_advisory_lock($1) AS ok", [ADVISORY_LOCK_KEY]);
    if (!got?.ok) {
      log("Waiting for another process applying migrations…");
      await client.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK_KEY]);
    }
    try {
      return { applied: await applyLocked(client, local, log) };
    } finally {
      // Ending the session releases it too; don't let a broken connection hide the real error.
      await client.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_KEY]).catch(() => {});
    }
  } finally {
    await client.end();
  }
}

async function applyLocked(client: pg.Client, local: LocalMigration[], log: (line: string) => void): Promise<string[]> {
  const {
    rows: [table],
  } = await client.query<{ oid: string | null }>("SELECT to_regclass('_prisma_migrations') AS oid");
  if (!table?.oid) await client.query(CREATE_MIGRATIONS_TABLE);

  // Rows marked rolled back (`prisma migrate resolve --rolled-back`) no longer count.
  const { rows } = await client.query<MigrationRow>(
    `SELECT id, checksum, migration_name, finished_at FROM _prisma_migrations
      WHERE rolled_back_at IS NULL ORDER BY started_at`,
  );

  const failed = rows.filter((r) => r.finished_at === null);
  if (failed.length > 0) {
    const names = failed.map((r) => r.migration_name).join(", ");
    throw new Error(
      `Migration ${names} failed earlier and is recorded as unfinished in _prisma_migrations. ` +
        `Fix the database by hand, then mark it with \`prisma migrate resolve --rolled-back <name>\` ` +
        `or \`--applied <name>\` (or set its rolled_back_at / finished_at) before migrating again.`,
    );
  }

  const applied = new Map(rows.map((r) => [r.migration_name, r]));
  const localNames = new Set(local.map((m) => m.name));
  for (const m of local) {
    const row = applied.get(m.name);
    if (row && !matchesChecksum(m.sql, row.checksum)) {
      throw new Error(
        `Migration ${m.name} was modified after it was applied (checksum ${checksum(m.sql)} differs from ` +
          `the recorded ${row.checksum}). Restore the original file and put the change in a new migration.`,
      );
    }
  }
  for (const r of rows) {
    if (!localNames.has(r.migration_name)) {
      log(`Warning: migration ${r.migration_name} is applied but missing from the migrations directory.`);
    }
  }

  const pending = local.filter((m) => !applied.has(m.name));
  for (const m of pending) {
    log(`Applying migration ${m.name}`);
    await applyOne(client, m);
  }
  log(pending.length === 0 ? "No pending migrations." : `Applied ${pending.length} migration(s).`);
  return pending.map((m) => m.name);
}

async function applyOne(client: pg.Client, m: LocalMigration): Promise<void> {
  await client.query("BEGIN");
  try {
    // Recorded like Prisma records it: a row at start, completed at the end.
    const id = randomUUID();
    await client.query(
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, applied_steps_count)
       VALUES ($1, $2, $3, clock_timestamp(), 0)`,
      [id, checksum(m.sql), m.name],
    );
    // One simple-protocol query runs the whole file, as Prisma does.
    await client.query(m.sql);
    await client.query(
      `UPDATE _prisma_migrations SET finished_at = clock_timestamp(), applied_steps_count = applied_steps_count + 1
        WHERE id = $1`,
      [id],
    );
    await client.query("COMMIT");
  } catch (err) {
    // The transaction leaves neither the changes nor a record: fix the file and rerun.
    await client.query("ROLLBACK").catch(() => {});
    const e = err as pg.DatabaseError;
    const where = e.position ? ` (at character ${e.position})` : "";
    throw new Error(`Migration ${m.name} failed and was rolled back: ${e.message}${where}`, { cause: err });
  }
}
