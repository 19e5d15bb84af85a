// Runs `prisma generate` offline. The CLI insists on a schema-engine binary it
// would download; generation itself only needs the WebAssembly parser it ships,
// so we point it at a stub that answers --version and refuses anything else.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const stub = path.join(mkdtempSync(path.join(tmpdir(), "prisma-stub-")), "schema-engine");
writeFileSync(stub, '#!/bin/sh\nif [ "$1" = "--version" ]; then echo "schema-engine-cli stub"; exit 0; fi\nexit 1\n');
chmodSync(stub, 0o755);

const result = spawnSync("npx", ["prisma", "generate"], {
  stdio: "inherit",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: stub, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
});
process.exit(result.status ?? 1);
