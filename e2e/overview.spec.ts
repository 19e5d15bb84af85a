// The overview at /: finance sees what needs attention and the last 30 days as charts,
// follows a number to the list showing those rows, and sees funded money; support sees the
// same counts but no amounts.
import { expect, test } from "@playwright/test";

import { accessibilityViolations } from "./support/accessibility";
import { withE2eDatabase } from "./support/database";
import { signInAs } from "./support/users";

test.describe.configure({ mode: "serial" });

const stamp = Date.now().toString(36);
const lender = `E2E Lender ${stamp}`;
const disputeId = `dsp_ov_${stamp}`;

test.beforeAll(async () => {
  await withE2eDatabase(async (client) => {
    const app = await client.query<{ id: string }>(
      `INSERT INTO "Application" (id, provider, "externalId", status, "lenderName", "createdAt", "updatedAt", "lastEventAt")
       VALUES (gen_random_uuid(), 'CHARGEAFTER', $1, 'APPROVED', $2, now(), now(), now() - interval '1 hour') RETURNING id`,
      [`app_ov_${stamp}`, lender],
    );
    await client.query(
      `INSERT INTO "Dispute" (id, provider, "externalId", status, "openedAt", "lastEventAt", "applicationId")
       VALUES (gen_random_uuid(), 'CHARGEAFTER', $1, 'OPEN', now() - interval '70 days', now() - interval '70 days', $2)`,
      [disputeId, app.rows[0]!.id],
    );
    await client.query(
      `INSERT INTO "FundingRecord" ("transactionId", "chargeId", "transactionType", "transactionDate", "transactionAmount",
          "discountAmount", "netAmount", "fundedAt", "updatedAt", status, "lenderName")
       VALUES ($1, $1, 'Settle', now() - interval '3 days', 4321.09, 0, 4321.09, now() - interval '2 days', now(), 'RECONCILED', $2)`,
      [`txn_ov_${stamp}`, lender],
    );
  });
});

test("finance sees the attention figures and charts, and a number opens the list of its rows", async ({ page }) => {
  await signInAs(page, "finance");
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Overview" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  const attention = page.getByRole("region", { name: "Needs attention now" });
  for (const title of ["Open issues", "Open disputes", "Mismatches to review", "Last funding sync"])
    await expect(attention.getByRole("heading", { name: title })).toBeVisible();
  for (const chart of [
    "Approvals and declines per day, by provider",
    "Approval rate by lender",
    "Funded net per week",
    "Deliveries by answer",
  ])
    await expect(page.getByRole("region", { name: chart })).toBeVisible();
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Funded net per week" })).toContainText("$");
  expect(await accessibilityViolations(page)).toEqual([]);

  // Open disputes opened more than 60 days ago: the list shows ours.
  await attention.getByRole("link", { name: /open disputes opened more than 60 days ago/ }).click();
  await expect(page).toHaveURL(/\/disputes\?status=OPEN&status=LENDER_UPDATED&age=60$/);
  await expect(page.getByRole("row").filter({ hasText: disputeId })).toBeVisible();

  // The lender's approvals in the chart's table: the applications list shows ours.
  await page.goto("/");
  const lenders = page.getByRole("region", { name: "Approval rate by lender" });
  await lenders.getByText("Show the numbers as a table").click();
  await lenders.getByRole("link", { name: `1 approved by ${lender}` }).click();
  await expect(page).toHaveURL(/\/applications\?lender=E2E/);
  await expect(page.getByRole("row").filter({ hasText: `app_ov_${stamp}` })).toBeVisible();
});

test("support sees counts but no money", async ({ page }) => {
  await signInAs(page, "support");
  await page.goto("/");
  const funded = page.getByRole("region", { name: "Funded records per week" });
  await expect(funded).toBeVisible();
  await expect(funded).not.toContainText("$");
  await expect(funded).toContainText("Amounts are for finance and admin");
  await expect(page.getByRole("region", { name: "Funded net per week" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /open mismatches/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /open disputes$/ })).toBeVisible();
});
