// npm test — every test: unit and database tests (vitest), then browser tests
// (Playwright + Debian Chromium). Ends with one line "tests: N passed, N failed".
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

const VITEST_JSON = "test-results/vitest.json";
const E2E_JSON = "test-results/e2e.json";
rmSync("test-results", { recursive: true, force: true });
mkdirSync("test-results", { recursive: true });

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const run = (command: string, args: string[]) => spawnSync(command, args, { stdio: "inherit", env }).status ?? 1;

const unitStatus = run("npx", [
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${VITEST_JSON}`,
]);
const e2eStatus = run("npx", ["playwright", "test"]);

type VitestReport = { numPassedTests: number; numFailedTests: number };
type PlaywrightReport = { stats: { expected: number; unexpected: number; flaky: number } };

function counts<T>(file: string, read: (json: T) => { passed: number; failed: number }) {
  if (!existsSync(file)) return { passed: 0, failed: 0, missing: true };
  return { ...read(JSON.parse(readFileSync(file, "utf8"))), missing: false };
}
const unit = counts<VitestReport>(VITEST_JSON, (j) => ({ passed: j.numPassedTests, failed: j.numFailedTests }));
const e2e = counts<PlaywrightReport>(E2E_JSON, (j) => ({
  passed: j.stats.expected,
  failed: j.stats.unexpected + j.stats.flaky,
}));

const passed = unit.passed + e2e.passed;
const failed = unit.failed + e2e.failed + (unit.missing || e2e.missing ? 1 : 0);
console.log(
  `\nunit+database: ${unit.passed} passed, ${unit.failed} failed; browser: ${e2e.passed} passed, ${e2e.failed} failed`,
);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(unitStatus !== 0 || e2eStatus !== 0 || failed > 0 ? 1 : 0);
