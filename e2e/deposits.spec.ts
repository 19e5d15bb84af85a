// Deposits in the browser: finance imports funded records of one lender, reads what that
// lender must have paid per funded day (records, gross, discount, net), opens a day's records,
// and marks a deposit matched with the bank's reference.
import { expect, test, type Page } from "@playwright/test";

import { accessibilityViolations } from "./support/accessibility";
import { importFile, record, toCsv } from "./support/funding-report-file";
import { signInAs } from "./support/users";

// Its own tag: the reconciliation spec searches for the shared `stamp`, which these records must not contain.
const stamp = `dp${Date.now().toString(36)}`;
const lender = `Bank ${stamp}`;
const funded = (day: string) => ({ lenderName: lender, fundedAt: `${day}T16:00:00.000Z` });
const rows = [
  record("RECONCILED", "Settle", "1000.00", "40.00", "960.00", funded("2026-04-10"), `${stamp}d`),
  record("AMOUNT_MISMATCH", "Settle", "250.25", "10.01", "240.24", funded("2026-04-10"), `${stamp}d`),
  record("RECONCILED", "Settle", "99.99", "4.00", "95.99", funded("2026-04-11"), `${stamp}d`),
  record("RECONCILED", "Settle", "500.00", "20.00", "480.00", { lenderName: lender, fundedAt: "" }, `${stamp}d`),
];
const deposit = (page: Page, day: string) => page.locator(`tr[data-deposit="${day}|${lender}"]`);

test.describe.configure({ mode: "serial" });

test("finance reads the deposits of a lender per funded day, and opens a day's records", async ({ page }) => {
  await signInAs(page, "finance");
  await page.goto("/reconciliation");
  await importFile(page, `deposits-${stamp}.csv`, toCsv(rows));
  await expect(page.getByRole("status").filter({ hasText: `Imported deposits-${stamp}.csv` })).toBeVisible();

  await page.getByRole("link", { name: "Deposits", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Deposits", level: 1 })).toBeVisible();
  await page.goto(`/reconciliation/deposits?lender=${encodeURIComponent(lender)}`);
  await expect(page.locator("tr[data-deposit]")).toHaveCount(2); // the unfunded record is in no deposit
  const first = deposit(page, "2026-04-10");
  await expect(first.locator('[data-column="count"]')).toHaveText("2");
  await expect(first.locator('[data-column="transactionAmount"]')).toHaveText("$1,250.25");
  await expect(first.locator('[data-column="discountAmount"]')).toHaveText("$50.01");
  await expect(first.locator('[data-column="netAmount"]')).toHaveText("$1,200.24");
  await expect(page.getByTestId("deposits-net")).toHaveText("$1,296.23");
  await expect(page.getByTestId("deposits-records")).toHaveText("3");
  expect(await accessibilityViolations(page)).toEqual([]);

  await first.getByRole("link", { name: /2026-04-10/ }).click();
  await expect(page).toHaveURL(/dateField=fundedAt&from=2026-04-10&to=2026-04-10&lender=/);
  await expect(page.getByTestId("total-count")).toHaveText("2");
  await expect(page.getByTestId("totals-date-basis")).toContainText("Dates are funding dates");
});

test("finance marks a deposit matched with the bank reference, and filters by state", async ({ page }) => {
  await signInAs(page, "finance");
  await page.goto(`/reconciliation/deposits?lender=${encodeURIComponent(lender)}`);
  const row = deposit(page, "2026-04-10");
  await row.getByText("Match or flag…").click();
  await row.getByLabel("Bank reference").fill(`BANK-${stamp}`);
  await row.getByLabel(/Note/).fill("Statement of April 12");
  await row.getByRole("button", { name: "Mark matched" }).click();
  await expect(row.locator('[data-column="state"]')).toContainText("Matched");
  await expect(row.locator('[data-column="state"]')).toContainText(`Ref. BANK-${stamp}`);
  await expect(row.locator('[data-column="state"]')).toContainText("finance@e2e.test");

  await page.goto(`/reconciliation/deposits?lender=${encodeURIComponent(lender)}&state=matched`);
  await expect(page.locator("tr[data-deposit]")).toHaveCount(1);
  await expect(deposit(page, "2026-04-10")).toBeVisible();
  await page.goto(`/reconciliation/deposits?lender=${encodeURIComponent(lender)}&state=unmatched`);
  await expect(page.locator("tr[data-deposit]")).toHaveCount(1);
  await expect(deposit(page, "2026-04-11")).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);
});

test("support may not see the deposits", async ({ page }) => {
  await signInAs(page, "support");
  expect((await page.goto("/reconciliation/deposits"))?.status()).toBe(403);
});
