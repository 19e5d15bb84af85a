// A sale the desk knows for a funding record, written straight into the e2e database (no page
// creates one from nothing): a ChargeAfter application with its approved amount and a settle
// post-sale event, linked to the record, so the record's page can compare the two.
import { expect, type Page } from "@playwright/test";

import { withE2eDatabase } from "./database";

export async function linkSale(transactionId: string, sale: { approved: string; settled: string }): Promise<void> {
  await withE2eDatabase(async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO "Application" (id, provider, "externalId", status, "approvedAmount", "lastEventAt", "updatedAt")
       VALUES (gen_random_uuid(), 'CHARGEAFTER', $1, 'CONFIRMED', $2, now(), now()) RETURNING id`,
      [`app_${transactionId}`, sale.approved],
    );
    const applicationId = rows[0]!.id;
    await client.query(
      `INSERT INTO "ApplicationEvent" (id, "applicationId", type, amount, "occurredAt")
       VALUES (gen_random_uuid(), $1, 'postsale.settle.accepted', $2, now())`,
      [applicationId, sale.settled],
    );
    await client.query(`UPDATE "FundingRecord" SET "applicationId" = $1 WHERE "transactionId" = $2`, [
      applicationId,
      transactionId,
    ]);
  });
}

/** On a record's page: assign the mismatch to finance, then resolve it with a note. */
export async function assignAndResolve(page: Page, note: string): Promise<void> {
  const review = page.getByRole("region", { name: /^Review/ });
  const assignee = review.getByLabel("Assign to");
  const financeId = await assignee.locator("option", { hasText: "finance@e2e.test" }).getAttribute("value");
  await assignee.selectOption(financeId!);
  await review.getByRole("button", { name: "Assign" }).click();
  await expect(review.getByRole("status")).toHaveText("Assigned to finance@e2e.test.");
  await expect(review.getByTestId("mismatch-review-state")).toHaveText("Assigned");
  await review.getByLabel("What was done").fill(note);
  await review.getByRole("button", { name: "Mark resolved" }).click();
  await expect(review.getByRole("status")).toHaveText("Marked resolved.");
  await expect(review.getByTestId("mismatch-review-state")).toHaveText("Resolved");
  await expect(review).toContainText(note);
}
