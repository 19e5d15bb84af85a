// npm run seed -- [--applications 250000] [--deliveries 1000000]
// Fills the configured database (embedded or DATABASE_URL) with realistic volumes for
// benchmarks. Adds to what is there; use a separate DATA_DIR for it.
import { parseArgs } from "node:util";

import pg from "pg";

import { withDatabase } from "../lib/db/with-database";
import { seedVolume } from "../lib/seed/seed-volume";

const { values } = parseArgs({ options: { applications: { type: "string" }, deliveries: { type: "string" } } });
const sizes = {
  applications: Number(values.applications ?? 250_000),
  deliveries: Number(values.deliveries ?? 1_000_000),
};
if (!Object.values(sizes).every((n) => Number.isInteger(n) && n > 0)) {
  console.error("--applications and --deliveries take whole numbers above 0");
  process.exit(2);
}

try {
  await withDatabase(async (url) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await seedVolume(client, sizes, (line) => console.log(`[seed] ${line}`));
    } finally {
      await client.end();
    }
  });
  process.exit(0);
} catch (error) {
  console.error(`seed failed: ${(error as Error).message}`);
  process.exit(1);
}
