// npm run db:migrate — applies pending migrations to the configured database.
import { applyMigrations } from "../lib/db/migrate";
import { withDatabase } from "../lib/db/with-database";

try {
  await withDatabase(
    async (url) => {
      const { applied } = await applyMigrations(url, { log: (line) => console.log(line) });
      console.log(
        applied.length
          ? `Applied ${applied.length} migration(s): ${applied.join(", ")}`
          : "The database is up to date.",
      );
    },
    { migrate: false },
  );
} catch (error) {
  console.error(`db:migrate failed: ${(error as Error).message}`);
  process.exit(1);
}
