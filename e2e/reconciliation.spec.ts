// The funding report in the browser. The e2e server has no CHARGEAFTER_PRIVATE_KEY, so
// records are loaded the way such a merchant loads them: a report file imported through
// the page. Then finance filters the mismatches, checks counts and exact totals, downloads
// the CSV and compares it with the table; a bad file imports nothing and names its bad
// lines; support may not see the page nor the export.
import { mkdirSync, readFileSync } from "node:fs";

import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";

import { accessibilityViolations } from "./support/accessibility";
import { SCREENSHOT_DIR } from "./support/constants";
import {
  allRecords,
  amountMismatches,
  badStamp,
  chips,
  EXPECTED,
  HEADER_LINE,
  importFile,
  plain,
  record,
  stamp,
  toCsv,
  typeMismatches,
  type Row,
} from "./support/funding-report-file";
import { assignAndResolve, linkSale } from "./support/mismatch-sale";
import { signInAs } from "./support/users";

test.describe.configure({ mode: "serial" });
test.beforeAll(() => mkdirSync(SCREENSHOT_DIR, { recursive: true }));

test("finance imports a report file with records of every status", async ({ page }) => {
  await signInAs(page, "finance");
  await page.goto("/reconciliation");
  await expect(page.getByRole("heading", { name: "Reconciliation", level: 1 })).toBeVisible();
  // No key in the e2e server: the sync says so and the import is offered instead.
  await expect(page.getByText("Not configured: set CHARGEAFTER_PRIVATE_KEY")).toBeVisible();
  await expect(page.getByRole("button", { name: "Sync now" })).toBeDisabled();

  await importFile(page, `funding-${stamp}.csv`, toCsv(allRecords));
  await expect(page.getByRole("status").filter({ hasText: `Imported funding-${stamp}.csv` })).toContainText(
    `${allRecords.length} records (${allRecords.length} new`,
  );
  // The run is listed with who started it.
  await expect(page.getByRole("row").filter({ hasText: `funding-${stamp}.csv` })).toContainText("finance@e2e.test");
});

test("finance filters type and amount mismatches: counts and exact totals", async ({ page }) => {
  await signInAs(page, "finance");
  await page.goto("/reconciliation");
  await page.getByRole("searchbox", { name: "Search" }).fill(stamp);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${stamp}`));

  // Counts per status under the search, every status including the legacy ones.
  await expect(chips(page).getByRole("link", { name: /^All/ })).toContainText(String(allRecords.length));
  const expectedCounts: Record<string, number> = {};
  for (const r of allRecords) expectedCounts[r.status] = (expectedCounts[r.status] ?? 0) + 1;
  for (const [status, count] of Object.entries(expectedCounts)) {
    await expect(chips(page).locator(`a[data-status="${status}"]`)).toContainText(String(count));
  }
  await expect(page.getByTestId("total-count")).toHaveText(String(allRecords.length));

  for (const [status, label] of [
    ["TYPE_MISMATCH", "Type mismatch"],
    ["AMOUNT_MISMATCH", "Amount mismatch"],
  ] as const) {
    await chips(page)
      .getByRole("link", { name: new RegExp(`^${label}`) })
      .click();
    await expect(page).toHaveURL(new RegExp(`status=${status}`));
    await expect(chips(page).getByRole("link", { name: new RegExp(`^${label}`) })).toHaveAttribute(
      "aria-current",
      "true",
    );
    const expected = EXPECTED[status];
    await expect(page.getByTestId("total-count")).toHaveText(expected.count);
    await expect(page.getByTestId("total-transaction-amount")).toHaveText(expected.amount);
    await expect(page.getByTestId("total-discount-amount")).toHaveText(expected.discount);
    await expect(page.getByTestId("total-net-amount")).toHaveText(expected.net);
    await expect(page.locator("tbody tr[data-transaction-id]")).toHaveCount(Number(expected.count));
    // The chart is there, with its numbers as a table.
    await expect(page.getByRole("heading", { name: /Net amount per day/ })).toBeVisible();
  }
  // The chart's table is drawn when opened; its last column counts the records of the view.
  await page.getByText("Show the chart's numbers as a table").click();
  const chartTable = page.getByRole("table", { name: /Net amount per day/ });
  await expect(chartTable.getByRole("columnheader", { name: "Records" })).toBeVisible();
  const counts = await chartTable.locator("tbody tr td:last-child").allInnerTexts();
  expect(counts.reduce((n, text) => n + Number(text.replace(/,/g, "")), 0)).toBe(
    Number(EXPECTED.AMOUNT_MISMATCH.count),
  );
  expect(await accessibilityViolations(page)).toEqual([]);
});

test("finance reads why a record mismatches, assigns and resolves it; totals split funded from not", async ({
  page,
}) => {
  await signInAs(page, "finance");
  await page.goto(`/reconciliation?q=${stamp}`);
  // Two records have no funding date: 87.35 - 99.99 net is not funded; the other 13 are.
  await expect(page.getByTestId("total-unfunded-net-amount")).toHaveText("-$16.13");
  await expect(page.getByText("13 records with a funding date")).toBeVisible();
  await expect(page.getByTestId("totals-date-basis")).toContainText("Dates are transaction dates");

  const mismatch = amountMismatches[1]!; // a Settle of 1000.10
  await linkSale(mismatch.transactionId, { approved: "990.00", settled: "990.00" });
  await page.goto(`/reconciliation/records/${mismatch.transactionId}`);
  await expect(page.getByTestId("mismatch-sentence")).toHaveText(
    "The lender reported a Settle of $1,000.10; the desk's Settle event says $990.00: the lender's figure is $10.10 more.",
  );
  await expect(page.getByTestId("mismatch-difference")).toHaveText("$10.10");
  await expect(page.getByText("Transaction amount", { exact: true })).toBeVisible();
  await assignAndResolve(page, "Lender corrected the fee");
  expect(await accessibilityViolations(page)).toEqual([]);

  await page.goto(`/reconciliation?q=${stamp}&review=resolved`);
  await expect(page.locator("tbody tr[data-transaction-id]")).toHaveCount(1);
  await expect(page.locator(`tr[data-transaction-id="${mismatch.transactionId}"]`)).toBeVisible();
});

test("the CSV export holds exactly the rows of the table", async ({ page }) => {
  await signInAs(page, "finance");
  await page.goto(`/reconciliation?q=${stamp}&status=AMOUNT_MISMATCH&status=TYPE_MISMATCH`);
  const exportLink = page.getByRole("link", { name: /Export CSV/ });
  await expect(exportLink).toHaveAttribute(
    "href",
    `/api/reconciliation/export?q=${stamp}&status=AMOUNT_MISMATCH&status=TYPE_MISMATCH`,
  );

  const table = await page.locator("tbody tr[data-transaction-id]").evaluateAll((rows) =>
    rows.map((row) => ({
      transactionId: row.getAttribute("data-transaction-id"),
      transactionAmount: row.querySelector('[data-column="transactionAmount"]')?.textContent ?? "",
      discountAmount: row.querySelector('[data-column="discountAmount"]')?.textContent ?? "",
      netAmount: row.querySelector('[data-column="netAmount"]')?.textContent ?? "",
    })),
  );
  expect(table).toHaveLength(7);

  const [download] = await Promise.all([page.waitForEvent("download"), exportLink.click()]);
  expect(download.suggestedFilename()).toMatch(/^funding-report_all_\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync((await download.path())!, "utf8");
  expect(text.split("\r\n")[0]).toBe(HEADER_LINE);
  const csv = parse(text, { columns: true, skip_empty_lines: true }) as Row[];
  expect(csv.map((row) => row.transactionId)).toEqual(table.map((row) => row.transactionId));
  expect(csv.map((row) => [row.transactionAmount, row.discountAmount, row.netAmount])).toEqual(
    table.map((row) => [plain(row.transactionAmount), plain(row.discountAmount), plain(row.netAmount)]),
  );
  // And the amounts are the ones imported, to the cent; a formula-like cell is escaped.
  const imported = new Map([...typeMismatches, ...amountMismatches].map((r) => [r.transactionId, r]));
  for (const row of csv) {
    const source = imported.get(row.transactionId)!;
    expect([row.transactionAmount, row.discountAmount, row.netAmount, row.status]).toEqual([
      source.transactionAmount,
      source.discountAmount,
      source.netAmount,
      source.status,
    ]);
  }
  expect(csv.find((row) => row.promoCode.includes("HYPERLINK"))?.promoCode).toBe("'=HYPERLINK(1)");
});

test("a bad file shows its bad rows with line numbers and imports nothing", async ({ page }) => {
  await signInAs(page, "finance");
  await page.goto("/reconciliation");
  const rows = [
    record("RECONCILED", "Settle", "10.00", "0.40", "9.60", {}, badStamp),
    record("RECONCILED", "Settle", "1000000000000.00", "0.40", "11.94", {}, badStamp), // line 3: no column holds it
    record("RECONCILED", "Settle", "20.00", "0.80", "19.20", {}, badStamp),
    record("RECONCILED", "Settle", "30.00", "1.20", "28.80", { transactionDate: "yesterday" }, badStamp), // line 5
  ];
  await importFile(page, `bad-${badStamp}.csv`, toCsv(rows));
  await expect(page.getByRole("alert").filter({ hasText: "nothing was imported" })).toBeVisible();
  const bad = page.getByTestId("bad-row");
  await expect(bad).toHaveCount(2);
  await expect(bad.nth(0)).toContainText("line 3");
  await expect(bad.nth(0)).toContainText(rows[1]!.transactionId);
  await expect(bad.nth(0)).toContainText("transactionAmount: 1000000000000.00 is too large");
  await expect(bad.nth(1)).toContainText("line 5");
  await expect(bad.nth(1)).toContainText("yesterday");
  expect(await accessibilityViolations(page)).toEqual([]);

  // Not even the good rows of that file were stored.
  await page.goto(`/reconciliation?q=${badStamp}`);
  await expect(page.getByRole("heading", { name: "No funding records match these filters" })).toBeVisible();
  await expect(page.getByTestId("total-count")).toHaveText("0");
});

test("a record's earlier versions: a mismatch later reconciled", async ({ page }) => {
  await signInAs(page, "finance");
  await page.goto("/reconciliation");
  const before = amountMismatches[0]!;
  const after = {
    ...before,
    status: "RECONCILED",
    transactionAmount: "479.00",
    discountAmount: "0.00",
    updatedAt: "2026-03-20T09:00:00.000Z",
  };
  await importFile(page, `fix-${stamp}.json`, JSON.stringify({ records: [after] }), "application/json");
  await expect(page.getByRole("status").filter({ hasText: `Imported fix-${stamp}.json` })).toContainText(
    "1 record (0 new, 1 changed",
  );

  await page.goto(`/reconciliation?q=${before.transactionId}`);
  await page.getByRole("link", { name: before.transactionId, exact: true }).click();
  await expect(page.getByRole("heading", { name: "2 versions, newest first" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Version 2 (current)" })).toBeVisible();
  const old = page.getByRole("region", { name: "Version 1" });
  await expect(old).toContainText("Amount mismatch");
  await expect(page.getByRole("region", { name: "Version 2 (current)" })).toContainText(
    "changed from the version before: Transaction amount, Discount, Updated by ChargeAfter, Status",
  );
  expect(await accessibilityViolations(page)).toEqual([]);
});

test("hostile addresses answer quickly with an issue, never an error page (issue 10)", async ({ page }) => {
  await signInAs(page, "finance");
  const nulCursor = Buffer.from(JSON.stringify({ t: "2026-03-01T00:00:00.000Z", i: "tx\u0000", d: "o" })).toString(
    "base64url",
  );
  const cases: [string, RegExp][] = [
    ["/reconciliation?from=9999-12-31&to=9999-12-31", /From date: "9999-12-31" is outside 2000-01-01 … 2099-12-31/],
    ["/reconciliation?from=0100-01-01", /From date: "0100-01-01" is outside 2000-01-01 … 2099-12-31/],
    ["/reconciliation?q=%00", /Search: Remove the NUL character/],
    [`/reconciliation?cursor=${nulCursor}`, /The page link is not valid/],
    [
      `/reconciliation/unfunded?cursor=${Buffer.from(JSON.stringify({ t: "2026-03-01T00:00:00.000Z", i: "not-a-uuid", d: "o" })).toString("base64url")}`,
      /The page link is not valid/,
    ],
  ];
  for (const [url, issue] of cases) {
    const started = Date.now();
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    expect(Date.now() - started, url).toBeLessThan(10_000);
    await expect(page.getByRole("alert").filter({ hasText: "not understood" })).toContainText(issue);
    await expect(page.getByText("unavailable right now")).toHaveCount(0);
    // The page stays its usual size (a wide range once rendered 64 MB of chart).
    expect((await response!.body()).byteLength, url).toBeLessThan(2_000_000);
  }
  expect((await page.goto("/reconciliation/records/%00"))?.status()).toBe(404);
  const exported = await page.request.get("/api/reconciliation/export?from=9999-12-31&to=9999-12-31");
  expect(exported.status()).toBe(400);
  expect((await exported.json()).issues).toHaveLength(2);
});

test("support may not see the funding report nor export it", async ({ page }) => {
  await signInAs(page, "support");
  const response = await page.goto("/reconciliation");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Your role does not allow this page" })).toBeVisible();
  const exported = await page.request.get(`/api/reconciliation/export?q=${stamp}`);
  expect(exported.status()).toBe(403);
  expect((await page.goto("/reconciliation/unfunded"))?.status()).toBe(403);
});

test("screenshots at laptop and phone width; the table scrolls in its own box", async ({ page }) => {
  await signInAs(page, "finance");
  const url = `/reconciliation?q=${stamp}`;
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(url);
  await expect(page.locator("tbody tr[data-transaction-id]").first()).toBeVisible(); // past the loading skeleton
  await page.screenshot({ path: `${SCREENSHOT_DIR}/reconciliation-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(url);
  await expect(page.locator("tbody tr[data-transaction-id]").first()).toBeAttached();
  await expect(page.getByTestId("total-count")).toHaveText(String(allRecords.length));
  await page.screenshot({ path: `${SCREENSHOT_DIR}/reconciliation-375.png`, fullPage: true });
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth),
    "no sideways scrolling at 375 px",
  ).toBeLessThanOrEqual(375);
  expect(await accessibilityViolations(page)).toEqual([]);
});
