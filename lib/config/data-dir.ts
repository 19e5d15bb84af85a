// Files under DATA_DIR: generated secrets and the embedded database's lock.
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { z } from "zod";

const secretsSchema = z.object({
  postgresPassword: z.string().min(16),
  authSecret: z.string().min(32),
});

export type DataDirSecrets = z.infer<typeof secretsSchema>;

export function resolveDataDir(dataDir: string): string {
  const resolved = path.resolve(dataDir);
  mkdirSync(resolved, { recursive: true });
  return resolved;
}

/** Secrets generated on first start and kept (mode 0600) so sessions survive restarts. */
export function loadOrCreateSecrets(dataDir: string): DataDirSecrets {
  const file = path.join(dataDir, "secrets.json");
  try {
    return secretsSchema.parse(JSON.parse(readFileSync(file, "utf8")));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") {
      throw new Error(
        `${file} is unreadable or damaged (${(error as Error).message}); restore it or remove it to generate new secrets.`,
      );
    }
  }
  const secrets: DataDirSecrets = {
    postgresPassword: randomBytes(24).toString("base64url"),
    authSecret: randomBytes(48).toString("base64url"),
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2) + "\n", { mode: 0o600, flag: "wx" });
  return secrets;
}
