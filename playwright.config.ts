// Browser tests in Debian's Chromium against the built app, started the way a
// user starts it (`npm start`) on a throwaway embedded PostgreSQL.
import { defineConfig, devices } from "@playwright/test";

import { E2E_ADMIN, E2E_BASE_URL, E2E_DATA_DIR, E2E_PORT, E2E_WGF_API } from "./e2e/support/constants";
import { CHROMIUM_LAUNCH_OPTIONS } from "./scripts/support/chromium";
import { CA_AUTHORIZATION, WGF_CREDENTIALS } from "./test/provider-requests";

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/playwright",
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL: E2E_BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: CHROMIUM_LAUNCH_OPTIONS,
  },
  projects: [
    // Signs each role in once and saves its session (e2e/support/auth-state.ts); specs reuse them.
    { name: "setup", testMatch: /auth\.setup\.ts$/, use: { ...devices["Desktop Chrome"] } },
    { name: "chromium", dependencies: ["setup"], use: { ...devices["Desktop Chrome"] } },
  ],
  webServer: [
    {
      command: "npx tsx e2e/support/fake-wgf-server.ts",
      port: E2E_WGF_API.port,
      reuseExistingServer: false,
    },
    {
      command: "npx tsx e2e/support/start-server.ts",
      url: `${E2E_BASE_URL}/api/health`,
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      env: {
        DATABASE_URL: "",
        AUTH_SECRET: "",
        DATA_DIR: E2E_DATA_DIR,
        PORT: String(E2E_PORT),
        ADMIN_EMAIL: E2E_ADMIN.email,
        ADMIN_PASSWORD: E2E_ADMIN.password,
        APP_TIMEZONE: "America/New_York",
        WGF_USERNAME: WGF_CREDENTIALS.username,
        WGF_PASSWORD: WGF_CREDENTIALS.password,
        WGF_MERCHANT_ID: E2E_WGF_API.merchantId,
        WGF_API_BASE_URL: `http://127.0.0.1:${E2E_WGF_API.port}`,
        CHARGEAFTER_WEBHOOK_AUTHORIZATION: CA_AUTHORIZATION,
        EVENT_RETRY_SCHEDULE: "1s,1s,1s",
      },
    },
  ],
});
