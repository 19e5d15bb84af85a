import { expect, test, type Page } from "@playwright/test";

import { accessibilityViolations } from "./support/accessibility";
import { SCREENSHOT_DIR } from "./support/constants";
import { sendWgfPostback } from "./support/provider-posts";
import { signInAs } from "./support/users";

async function fillSale(page: Page, email: string) {
  await page.getByLabel("First name").fill("Jane");
  await page.getByLabel("Last name").fill("Doe");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Street").fill("123 Main St");
  await page.getByLabel("City").fill("New York");
  await page.getByLabel("State").fill("NY");
  await page.getByLabel("ZIP code").fill("10001");
  await page.getByLabel("SKU").fill("SOFA-1");
  await page.getByLabel("Item", { exact: true }).fill("Sofa");
  await page.getByLabel("Unit price").fill("450.00");
  await page.getByLabel("Tax per unit").fill("36.00");
  await page.getByLabel("Shipping").fill("13.00");
}

test("support creates a financing request; the approval postback turns it into an order on the same page", async ({
  page,
  request,
}) => {
  await signInAs(page, "support");
  await page.getByRole("navigation").first().getByRole("link", { name: "New financing request" }).click();
  await fillSale(page, "jane.doe@example.com");
  await expect(page.getByText("Total to finance: $499.00")).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Create financing request" }).click();

  await expect(page).toHaveURL(/\/financing-requests\/[0-9a-f-]{36}$/);
  const link = (await page.locator("code").first().textContent())!;
  expect(link).toMatch(/checkout\?token=[0-9a-f]{16}$/);
  await expect(page.getByText("waiting for approval")).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/financing-request-1280.png`, fullPage: true });

  const token = link.split("token=")[1]!;
  const mtid = (await page.getByRole("heading", { level: 1 }).textContent())!.replace("Financing request ", "").trim();
  const body = JSON.stringify({
    version: "1.9",
    request_token: token,
    merchant_transaction_id: mtid,
    status: "approved",
    approved_amount: "499.00",
  });
  const posted = await sendWgfPostback(request, body);
  expect(posted.status()).toBe(200);

  // The page refreshes itself while the request is open.
  await expect(page.getByRole("link", { name: /created \(\$499\.00\)/ })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText("wgf.postback.approved")).toBeVisible();
});

test("WeGetFinancing's refusal is shown next to the field", async ({ page }) => {
  await signInAs(page, "finance");
  await page.goto("/financing-requests/new");
  await fillSale(page, "no@declined.test");
  await page.getByRole("button", { name: "Create financing request" }).click();
  await expect(page.getByText("this customer cannot be offered financing")).toBeVisible();
  await expect(page).toHaveURL(/\/financing-requests\/new$/);
});
