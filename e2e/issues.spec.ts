// Issues: an open alert is listed under Open with its link and count; support sees it, an
// admin acknowledges it (it stays open, naming who took it); finance has no button.
import { expect, test, type Page } from "@playwright/test";

import { E2E_USERS } from "./support/constants";
import { withE2eDatabase } from "./support/database";
import { signInAs } from "./support/users";

test.describe.configure({ mode: "serial" });

const stamp = Date.now().toString(36);
const title = `${stamp}: 6 deliveries were refused for a bad signature (ChargeAfter)`;

test.beforeAll(() =>
  withE2eDatabase((client) =>
    client.query(
      `INSERT INTO "Alert" (id, kind, "groupKey", "openKey", title, detail, count, link)
       VALUES (gen_random_uuid(), 'signatures_refused', $1, $2, $3, '6 in the last 10 minutes.', 6,
               '/deliveries?verification=INVALID&provider=CHARGEAFTER')`,
      [stamp, `signatures_refused:${stamp}`, title],
    ),
  ),
);

const issueRow = (page: Page) =>
  page.getByRole("region", { name: "Open", exact: true }).getByRole("row").filter({ hasText: title });

test("finance sees the open issue but cannot acknowledge it", async ({ page }) => {
  await signInAs(page, "finance");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Issues" }).click();
  await expect(page).toHaveURL(/\/issues$/);
  await expect(issueRow(page)).toContainText("Open");
  await expect(issueRow(page).getByRole("button", { name: "Acknowledge" })).toHaveCount(0);
});

test("an admin acknowledges an open issue; it stays open, naming who took it", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/issues");
  const row = issueRow(page);
  await expect(row.getByRole("link", { name: title })).toHaveAttribute(
    "href",
    "/deliveries?verification=INVALID&provider=CHARGEAFTER",
  );
  await expect(row).toContainText("6");
  await row.getByRole("button", { name: "Acknowledge" }).click();
  await expect(row).toContainText("Acknowledged");
  await page.reload();
  await expect(issueRow(page)).toContainText(`Acknowledged${E2E_USERS.admin.email}`);
});
