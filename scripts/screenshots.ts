// npm run screenshots -- [--url http://localhost:3000] [--email admin@demo.local] [--password demo-admin-password] [--out docs/screenshots]
// Against a running demo (`npm run demo`): signs in as the admin in Debian's Chromium (as
// e2e/playwright.config.ts launches it) and saves 1280×800 PNGs of the main pages.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

import { chromium } from "@playwright/test";

import { CHROMIUM_LAUNCH_OPTIONS } from "./support/chromium";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: "http://localhost:3000" },
    email: { type: "string", default: "admin@demo.local" },
    password: { type: "string", default: "demo-admin-password" },
    out: { type: "string", default: "docs/screenshots" },
  },
});
const base = values.url.replace(/\/+$/, "");
const out = path.resolve(values.out);
mkdirSync(out, { recursive: true });
const say = (line: string) => console.log(`[screenshots] ${line}`);

const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, baseURL: base });
  await page.goto("/login");
  await page.getByLabel("Email").fill(values.email);
  await page.getByLabel("Password").fill(values.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"), { timeout: 30_000 });

  const shoot = async (name: string, url: string) => {
    await page.goto(url);
    await page.waitForLoadState("networkidle");
    const file = path.join(out, `${name}.png`);
    await page.screenshot({ path: file });
    say(`${name}.png  ${url}`);
  };
  /** The first link in the page's table to a detail page under `prefix`. */
  const firstDetail = async (listUrl: string, prefix: string) => {
    await page.goto(listUrl);
    const href = await page.locator(`main a[href^="${prefix}"]`).first().getAttribute("href", { timeout: 10_000 });
    if (!href) throw new Error(`no link to ${prefix}… on ${listUrl}`);
    return href;
  };

  await shoot("applications", "/applications");
  // A ChargeAfter application with a settled charge shows the most: lenders, tokens, post-sale events.
  await shoot(
    "application",
    await firstDetail("/applications?q=postsale", "/applications/").catch(() =>
      firstDetail("/applications", "/applications/"),
    ),
  );
  await shoot("deliveries", "/deliveries");
  await shoot("delivery", await firstDetail("/deliveries", "/deliveries/"));
  await shoot("disputes", "/disputes");
  await shoot("orders", "/orders");
  await shoot("reconciliation", "/reconciliation");
  await shoot("settings", "/settings");
} catch (error) {
  failed = true;
  console.error(`[screenshots] ${(error as Error).message}`);
} finally {
  await browser.close();
}
await shootDone(failed);

async function shootDone(hasFailed: boolean) {
  say(hasFailed ? "stopped early; see above" : `saved in ${path.relative(process.cwd(), out)}`);
  process.exit(hasFailed ? 1 : 0);
}
