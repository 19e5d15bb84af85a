// npm run demo:smoke — `npm run demo` comes up with data: starts it on port 3290 with 40
// journeys, waits for its "ready" banner, checks /api/health, signs in as the demo admin in
// Chromium and finds rows on /applications, then stops it with Ctrl-C (SIGINT) and checks
// that it stopped cleanly. Exit code 0 when all of that holds.
import { spawn } from "node:child_process";

import { chromium } from "@playwright/test";

import { CHROMIUM_LAUNCH_OPTIONS } from "./support/chromium";

const PORT = Number(process.env.DEMO_SMOKE_PORT ?? 3290);
const BASE = `http://127.0.0.1:${PORT}`;
const READY_TIMEOUT_MS = 20 * 60_000;
const say = (line: string) => console.log(`[demo:smoke] ${line}`);

const demo = spawn("npm", ["run", "demo", "--", "--port", String(PORT), "--journeys", "40", "--requests", "4"], {
  detached: true,
  stdio: ["ignore", "pipe", "pipe"],
});
const exited = new Promise<number | null>((resolve) => demo.once("exit", (code) => resolve(code)));
let output = "";
let onReady: () => void = () => {};
const ready = new Promise<void>((resolve) => (onReady = resolve));
for (const stream of [demo.stdout!, demo.stderr!]) {
  stream.setEncoding("utf8");
  stream.on("data", (chunk: string) => {
    output += chunk;
    process.stdout.write(chunk.replace(/^(?=.)/gm, "  | "));
    if (/demo is ready/.test(output)) onReady();
  });
}
const interrupt = () => {
  try {
    process.kill(-demo.pid!, "SIGINT"); // Ctrl-C: the whole group, as a terminal sends it
  } catch {
    // Gone already.
  }
};
process.on("SIGINT", interrupt);
process.on("SIGTERM", interrupt);

const checks: string[] = [];
let failure: string | undefined;
try {
  const outcome = await Promise.race([
    ready.then(() => "ready" as const),
    exited.then(() => "exited" as const),
    new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), READY_TIMEOUT_MS).unref()),
  ]);
  if (outcome !== "ready")
    throw new Error(outcome === "exited" ? "the demo exited before it was ready" : "the demo was not ready in time");
  checks.push("demo printed its ready banner");

  const health = await fetch(`${BASE}/api/health`);
  const body = (await health.json()) as { status?: string };
  if (health.status !== 200 || body.status !== "ok")
    throw new Error(`/api/health answered ${health.status} ${JSON.stringify(body)}`);
  checks.push(`/api/health answered 200 ${JSON.stringify(body)}`);
  if (!/Every answer was the one the contract asks for/.test(output))
    throw new Error("the simulator reported unexpected answers");
  checks.push("every simulated delivery got the answer the contract asks for");

  const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
  try {
    const page = await browser.newPage({ baseURL: BASE });
    await page.goto("/login");
    await page.getByLabel("Email").fill("admin@demo.local");
    await page.getByLabel("Password").fill("demo-admin-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    // Signing in lands on the overview, the desk's first page.
    await page.waitForURL((url) => url.pathname === "/", { timeout: 30_000 });
    await page.getByRole("heading", { level: 1, name: "Overview" }).waitFor({ timeout: 30_000 });
    checks.push("signed in as admin@demo.local and saw the overview");
    // Deliveries are applied just after they are answered: give the applier a moment.
    let rows = 0;
    for (const deadline = Date.now() + 30_000; rows < 5 && Date.now() < deadline;) {
      await page.goto("/applications");
      rows = await page.locator("main table tbody tr").count();
      if (rows < 5) await page.waitForTimeout(1_000);
    }
    if (rows < 5) throw new Error(`/applications lists ${rows} rows`);
    checks.push(`/applications lists ${rows} rows`);
  } finally {
    await browser.close();
  }
} catch (error) {
  failure = (error as Error).message;
}

interrupt();
const code = await Promise.race([
  exited,
  new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 90_000).unref()),
]);
if (code === "timeout") {
  failure ??= "the demo did not stop within 90 s of Ctrl-C";
  try {
    process.kill(-demo.pid!, "SIGKILL");
  } catch {
    // Gone.
  }
} else if (!failure) {
  if (!/\[demo\] Stopped\./.test(output)) failure = `the demo exited (code ${code}) without stopping cleanly`;
  else checks.push(`Ctrl-C stopped the demo cleanly (exit code ${code})`);
}
for (const check of checks) say(`ok: ${check}`);
if (failure) {
  say(`FAILED: ${failure}`);
  process.exit(1);
}
say("passed");
process.exit(0);
