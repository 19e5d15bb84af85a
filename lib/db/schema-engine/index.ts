// Drives Prisma's schema engine (WebAssembly) to write migrations offline.
import { readFile } from "node:fs/promises";
import path from "node:path";

import { LOCKFILE_CONTENT, readMigrationList } from "./migrations-dir.ts";
import { pgEngineAdapter } from "./pg-adapter.ts";
import { loadSchemaEngine, takePanicMessage, type SchemaEngine } from "./wasm.ts";

export {
  LOCKFILE_CONTENT,
  MIGRATION_NAME,
  migrationFolderName,
  readMigrationList,
  writeMigration,
} from "./migrations-dir.ts";
export { startThrowawayPostgres } from "./throwaway-postgres.ts";

export interface DraftOptions {
  /** A PostgreSQL server where the engine may create (and drop) a shadow database. */
  databaseUrl: string;
  schemaPath: string;
  migrationsDir: string;
  log?: (line: string) => void;
}

/**
 * The SQL that takes a database from the state the existing migrations
 * produce to `schemaPath`, or null when they already match. The engine replays
 * the migrations in a shadow database; the database in `databaseUrl` itself
 * is only connected to, never changed.
 */
export async function draftMigration(opts: DraftOptions): Promise<string | null> {
  const schemaPath = path.resolve(opts.schemaPath);
  const content = await readFile(schemaPath, "utf8");
  const migrationsList = await readMigrationList(opts.migrationsDir);
  // The engine learns the provider from the lock file; before the first
  // migration there is none yet (writeMigration creates it).
  migrationsList.lockfile.content ??= LOCKFILE_CONTENT;
  return withSchemaEngine({ databaseUrl: opts.databaseUrl, schemaPath, log: opts.log }, async (engine) => {
    // `createMigration` cannot reach the adapter's shadow database in the Wasm
    // engine; `diff` can, and renders the same script.
    const out = await engine.diff({
      from: { tag: "migrations", ...migrationsList },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content }] },
      script: true,
      exitCode: true, // 2 when something differs
      filters: { externalTables: [], externalEnums: [] },
    });
    return out.exitCode === 2 ? out.stdout : null;
  });
}

/**
 * Runs `work` with a schema engine connected to `databaseUrl` (e.g. to ask it
 * `diagnoseMigrationHistory`, what `prisma migrate status` reports), then
 * frees it and closes every connection it opened.
 */
export async function withSchemaEngine<T>(
  opts: { databaseUrl: string; schemaPath?: string; log?: (line: string) => void },
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const schemaPath = path.resolve(opts.schemaPath ?? "prisma/schema.prisma");
  const content = await readFile(schemaPath, "utf8");
  const { SchemaEngine } = await loadSchemaEngine();
  const adapter = pgEngineAdapter(opts.databaseUrl);
  const log = (line: string) => opts.log?.(line);
  try {
    const engine = await surfacePanics(SchemaEngine.new({ datamodels: [[schemaPath, content]] }, log, adapter));
    try {
      return await surfacePanics(work(engine));
    } finally {
      try {
        engine.free();
      } catch {
        // after a panic the instance may be unusable; nothing left to free
      }
    }
  } finally {
    await adapter.close();
  }
}

// A Rust panic surfaces as an uncaught `RuntimeError: unreachable` from a
// microtask, not as a rejection: turn it into one, with the panic message.
function surfacePanics<T>(work: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onPanic = (err: Error) => {
      if (!(err instanceof WebAssembly.RuntimeError)) throw err;
      process.off("uncaughtException", onPanic);
      reject(new Error(`Prisma schema engine crashed: ${takePanicMessage() ?? err.message}`));
    };
    process.on("uncaughtException", onPanic);
    work.then(resolve, reject).finally(() => process.off("uncaughtException", onPanic));
  });
}
