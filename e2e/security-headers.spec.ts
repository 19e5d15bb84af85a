// Security headers on pages and API answers, and the pages still work under the CSP.
import { expect, test, type Page } from "@playwright/test";

import { E2E_ADMIN, E2E_BASE_URL } from "./support/constants";
import { signIn } from "./support/users";

function expectBaseHeaders(headers: Record<string, string>) {
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  // Plain HTTP straight to the app (TRUST_PROXY_HOPS=0): no HSTS, whatever the client claims.
  expect(headers["strict-transport-security"]).toBeUndefined();
}

/** Every CSP violation the page reports, and console errors that name the policy. */
async function watchCsp(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.exposeFunction("__reportCsp", (line: string) => seen.push(line));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __reportCsp(line: string): void }).__reportCsp(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) seen.push(message.text());
  });
  return seen;
}

test("the login page and a signed-in page carry the headers, with a fresh script nonce each time", async ({ page }) => {
  const violations = await watchCsp(page);
  const first = await page.goto("/login");
  const headers = first!.headers();
  expectBaseHeaders(headers);
  const nonce = /'nonce-([^']+)'/.exec(headers["content-security-policy"]!)?.[1];
  expect(nonce).toBeTruthy();
  // Next's own scripts carry the nonce.
  expect(await page.locator(`script[nonce]`).count()).toBeGreaterThan(0);
  const again = (await page.goto("/login"))!.headers()["content-security-policy"];
  expect(again).not.toContain(nonce);

  // The sign-in form works under the policy (client-side validation, the server action, the redirect).
  await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
  await expect(page).not.toHaveURL(/\/login/);
  const signedIn = await page.goto("/settings/users");
  expect(signedIn!.status()).toBe(200);
  expectBaseHeaders(signedIn!.headers());
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // Client navigation still works (scripts ran).
  await page.getByRole("navigation").first().getByRole("link", { name: "Deliveries" }).click();
  await expect(page).toHaveURL(/\/deliveries/);
  expect(violations).toEqual([]);
});

test("API answers and redirects carry the headers too; a client's X-Forwarded-Proto does not turn on HSTS", async ({
  request,
}) => {
  const health = await request.get("/api/health", { headers: { "x-forwarded-proto": "https" } });
  expectBaseHeaders(health.headers());
  expect(health.headers()["content-security-policy"]).toContain("default-src 'none'");
  const redirect = await request.get("/deliveries", { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expectBaseHeaders(redirect.headers());
});

test("a page on another origin cannot frame the dashboard", async ({ page }) => {
  await page.route("http://framer.test/", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<iframe id="victim" src="${E2E_BASE_URL}/login" width="800" height="600"></iframe>`,
    }),
  );
  await page.goto("http://framer.test/");
  await page.waitForLoadState("load");
  const frame = () => page.frames().find((candidate) => candidate !== page.mainFrame());
  // Chromium replaces a refused frame with its error page: never the sign-in form.
  await expect.poll(() => frame()?.url() ?? "", { timeout: 10_000 }).toMatch(/^chrome-error:/);
  expect(await frame()!.locator("input[type=password]").count()).toBe(0);
});
