// npm test — every test: unit and database tests (vitest), then browser tests
// (Playwright + Debian Chromium). Ends with the failed tests by name, if any (so the last
// lines of a CI log say what failed), and one line "tests: N passed, N failed".
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { relative } from "node:path";

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

type VitestReport = {
  numPassedTests: number;
  numFailedTests: number;
  testResults: {
    name: string;
    message?: string;
    assertionResults: { fullName: string; status: string; failureMessages: string[] }[];
  }[];
};
type PlaywrightSuite = {
  title: string;
  file?: string;
  specs?: { title: string; ok: boolean; tests: { results: { status: string; error?: { message?: string } }[] }[] }[];
  suites?: PlaywrightSuite[];
};
type PlaywrightReport = {
  stats: { expected: number; unexpected: number; flaky: number };
  suites: PlaywrightSuite[];
};

function counts<T>(file: string, read: (json: T) => { passed: number; failed: number }) {
  if (!existsSync(file)) return { passed: 0, failed: 0, missing: true };
  return { ...read(JSON.parse(readFileSync(file, "utf8"))), missing: false };
}
const unit = counts<VitestReport>(VITEST_JSON, (j) => ({ passed: j.numPassedTests, failed: j.numFailedTests }));
const e2e = counts<PlaywrightReport>(E2E_JSON, (j) => ({
  passed: j.stats.expected,
  failed: j.stats.unexpected + j.stats.flaky,
}));

/** The first line of an error message, without colour codes, cut to a readable length. */
const firstLine = (message = "") =>
  message
    // eslint-disable-next-line no-control-regex
    .replace(/\u001b\[[0-9;]*m/g, "")
    .split("\n")
    .find((line) => line.trim())
    ?.trim()
    .slice(0, 300) ?? "";

function vitestFailures(report: VitestReport): string[] {
  return report.testResults.flatMap((file) => {
    const failed = file.assertionResults.filter((test) => test.status === "failed");
    // A file that failed to load has no failed test, only a message.
    if (!failed.length && file.message) return [`${relative(".", file.name)}: ${firstLine(file.message)}`];
    return failed.map(
      (test) => `${relative(".", file.name)} › ${test.fullName}: ${firstLine(test.failureMessages[0])}`,
    );
  });
}

function playwrightFailures(suites: PlaywrightSuite[], file = ""): string[] {
  return suites.flatMap((suite) => [
    ...(suite.specs ?? [])
      .filter((spec) => !spec.ok)
      .map((spec) => {
        const error = spec.tests.flatMap((test) => test.results).find((result) => result.error)?.error;
        return `${suite.file ?? file} › ${spec.title}: ${firstLine(error?.message)}`;
      }),
    ...playwrightFailures(suite.suites ?? [], suite.file ?? file),
  ]);
}

const failures = [
  ...(existsSync(VITEST_JSON) ? vitestFailures(JSON.parse(readFileSync(VITEST_JSON, "utf8"))) : []),
  ...(existsSync(E2E_JSON) ? playwrightFailures(JSON.parse(readFileSync(E2E_JSON, "utf8")).suites ?? []) : []),
];
if (failures.length) console.log(`\nfailed:\n${failures.map((line) => `  ${line}`).join("\n")}`);

const passed = unit.passed + e2e.passed;
const failed = unit.failed + e2e.failed + (unit.missing || e2e.missing ? 1 : 0);
console.log(
  `\nunit+database: ${unit.passed} passed, ${unit.failed} failed; browser: ${e2e.passed} passed, ${e2e.failed} failed`,
);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(unitStatus !== 0 || e2eStatus !== 0 || failed > 0 ? 1 : 0);
