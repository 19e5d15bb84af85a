// The alerts that follow a state (not events): unfunded approved orders, and mismatches the
// latest sync wrote that nobody picked up. Each resolves when the state clears.
import { beforeAll, beforeEach, expect, it } from "vitest";

import { runAlertChecks } from "@/lib/alerts/run-alert-checks";
import { makeApplication } from "@/lib/applications/__tests__/make-application";
import { db } from "@/lib/db/client";
import { resetDatabase } from "@/test/reset-database";

import { useAlertChannels } from "./alert-channels-env";

beforeAll(() => useAlertChannels({}));
beforeEach(resetDatabase);

const now = new Date();
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
const alertOf = (kind: string) => db().alert.findFirst({ where: { kind }, orderBy: { firstSeenAt: "desc" } });
const record = (transactionId: string, status: string, applicationId?: string) =>
  db().fundingRecord.create({
    data: {
      transactionId,
      chargeId: `chg-${transactionId}`,
      transactionType: "Settle",
      transactionDate: daysAgo(1),
      transactionAmount: "100.00",
      discountAmount: "3.00",
      netAmount: "97.00",
      updatedAt: daysAgo(1),
      status,
      applicationId,
    },
  });

it("approved orders with no funding record after 7 days: an alert linking to the Unfunded page, resolved once funded", async () => {
  const late = await makeApplication({ status: "APPROVED", lastEventAt: daysAgo(10) });
  await makeApplication({ status: "APPROVED", lastEventAt: daysAgo(2) }); // too recent
  await runAlertChecks(now);
  expect(await alertOf("unfunded_orders")).toMatchObject({
    count: 1,
    title: "1 approved order has no funding record after 7 days",
    link: "/reconciliation/unfunded?days=7",
    resolvedAt: null,
  });
  await record("txn-late", "RECONCILED", late.id);
  await runAlertChecks(now);
  expect((await alertOf("unfunded_orders"))!.resolvedAt).toEqual(now);
});

it("mismatches the latest sync wrote: an alert until each is picked up", async () => {
  await db().syncRun.create({
    data: { source: "API", status: "SUCCEEDED", startedByEmail: "schedule", startedAt: daysAgo(0.01), finishedAt: now },
  });
  await record("txn-a", "AMOUNT_MISMATCH");
  await record("txn-b", "TYPE_MISMATCH");
  await record("txn-c", "RECONCILED");
  await runAlertChecks(now);
  expect(await alertOf("new_mismatches")).toMatchObject({
    count: 2,
    title: "2 new funding mismatches in the last sync",
    link: "/reconciliation?review=open",
  });
  const review = { state: "ASSIGNED" as const, recordVersion: 1, updatedByEmail: "fin@x.test" };
  await db().mismatchReview.createMany({
    data: [
      { transactionId: "txn-a", ...review },
      { transactionId: "txn-b", ...review },
    ],
  });
  await runAlertChecks(now);
  expect((await alertOf("new_mismatches"))!.resolvedAt).toEqual(now);
});
