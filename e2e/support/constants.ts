import path from "node:path";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const E2E_DATA_DIR = path.resolve("e2e/.artifacts/data");
export const SCREENSHOT_DIR = path.resolve("e2e/.artifacts/screenshots");

export const E2E_ADMIN = { email: "admin@e2e.test", password: "e2e admin password 1" };
export const E2E_USERS = {
  support: { email: "support@e2e.test", password: "e2e support password 1" },
  finance: { email: "finance@e2e.test", password: "e2e finance password 1" },
  admin: E2E_ADMIN,
} as const;

export const E2E_WGF_API = {
  port: Number(process.env.E2E_WGF_PORT ?? 3191),
  merchantId: "e2e-merchant",
  username: "dhd_user",
  password: "dhd-secret-password",
};
