import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

import { E2E_BASE_URL, SCREENSHOT_DIR } from "./support/constants";
import { signInAs } from "./support/users";

test("settings show each provider's state and receiver URL, and a test delivery lands in the delivery log", async ({
  page,
}) => {
  await signInAs(page, "admin");
  await page.goto("/settings");
  const wgf = page.getByRole("region", { name: "WeGetFinancing" });
  const ca = page.getByRole("region", { name: "ChargeAfter" });
  await expect(wgf.getByText(`${E2E_BASE_URL}/api/postbacks/wegetfinancing`)).toBeVisible();
  await expect(ca.getByText(`${E2E_BASE_URL}/api/webhooks/chargeafter`)).toBeVisible();
  await expect(wgf.getByText("receiving", { exact: true })).toBeVisible();
  await expect(ca.getByText("CHARGEAFTER_PRIVATE_KEY", { exact: true })).toBeVisible();
  await expect(ca.getByText(/Funding sync and .Refresh from ChargeAfter. are off/)).toBeVisible();
  await expect(page.getByText("e2e admin password")).toHaveCount(0);
  expect(
    (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()).violations,
  ).toEqual([]);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/settings-1280.png`, fullPage: true });

  for (const region of [wgf, ca]) {
    await region.getByRole("button", { name: "Send test delivery" }).click();
    await expect(region.getByText("Answered 200")).toBeVisible();
  }
  await ca.getByRole("link", { name: "See it in the delivery log" }).click();
  await expect(page).toHaveURL(/\/deliveries\/[0-9a-f-]{36}$/);
  await expect(page.getByText("financingdesk.test").first()).toBeVisible();
});
