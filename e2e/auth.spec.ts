import { mkdirSync } from "node:fs";

import { expect, test } from "@playwright/test";

import { E2E_ADMIN, SCREENSHOT_DIR } from "./support/constants";
import { signIn, signInAs } from "./support/users";

test.beforeAll(() => mkdirSync(SCREENSHOT_DIR, { recursive: true }));

test("a visitor without a session is sent to the login page and back after signing in", async ({ page }) => {
  await page.goto("/deliveries?provider=CHARGEAFTER");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdeliveries%3Fprovider%3DCHARGEAFTER$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/login.png`, fullPage: true });
  await page.getByLabel("Email").fill(E2E_ADMIN.email);
  await page.getByLabel("Password").fill(E2E_ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/deliveries\?provider=CHARGEAFTER$/);
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  await signIn(page, E2E_ADMIN.email, "not the password");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Wrong email or password");
  await expect(page).toHaveURL(/\/login/);
});

test("support sees operations but not the funding report, users or settings", async ({ page }) => {
  await signInAs(page, "support");
  const nav = page.getByRole("navigation").first();
  await expect(nav.getByRole("link", { name: "Applications" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Deliveries" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Reconciliation" })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "Users" })).toHaveCount(0);
  await expect(page.getByText("support@e2e.test")).toBeVisible();

  for (const path of ["/reconciliation", "/settings", "/settings/users"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByText("Your role does not allow this page")).toBeVisible();
  }
});

test("finance sees the funding report but not user management", async ({ page }) => {
  await signInAs(page, "finance");
  await page.getByRole("navigation").first().getByRole("link", { name: "Reconciliation" }).click();
  await expect(page).toHaveURL(/\/reconciliation$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Reconciliation");
  expect((await page.goto("/settings/users"))?.status()).toBe(403);
});

test("admin sees everything; the shell at laptop and phone width; sign out ends the session", async ({ page }) => {
  await signInAs(page, "admin");
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/shell-1280.png`, fullPage: true });
  for (const path of [
    "/applications",
    "/deliveries",
    "/disputes",
    "/orders",
    "/reconciliation",
    "/settings",
    "/settings/users",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/applications");
  await page.screenshot({ path: `${SCREENSHOT_DIR}/shell-375.png`, fullPage: true });
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(375);

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/applications");
  await expect(page).toHaveURL(/\/login/);
});

test("the proxy leaves provider receivers and health checks alone", async ({ request }) => {
  for (const path of ["/api/postbacks/wegetfinancing", "/api/webhooks/chargeafter"]) {
    const response = await request.post(path, { data: { probe: true }, maxRedirects: 0 });
    expect(response.status(), path).not.toBe(307);
    expect(response.headers()["location"], path).toBeUndefined();
  }
  const health = await request.get("/api/health", { maxRedirects: 0 });
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: "ok", database: "ok" });
  const live = await request.get("/api/health/live", { maxRedirects: 0 });
  expect(live.status()).toBe(200);
});
