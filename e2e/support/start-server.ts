// Playwright's web server: a fresh DATA_DIR, then exactly what `npm start` does.
import { rmSync } from "node:fs";

import { E2E_DATA_DIR } from "./constants";

rmSync(E2E_DATA_DIR, { recursive: true, force: true });
await import("../../scripts/start");
