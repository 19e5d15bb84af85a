import { beforeEach, expect, it } from "vitest";

import { makeApplication } from "@/lib/applications/__tests__/make-application";
import { db } from "@/lib/db/client";
import { countOrdersWithoutFunding } from "@/lib/overview/count-orders-without-funding";
import { findOrdersWithoutFunding } from "@/lib/reconciliation/find-orders-without-funding";
import { resetDatabase } from "@/test/reset-database";

beforeEach(resetDatabase);

const NOW = new Date("2026-11-30T12:00:00Z");
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000);

it("counts the ChargeAfter sales approved over 7 days ago with no funding record, the rows of /reconciliation/unfunded", async () => {
  await makeApplication({ status: "APPROVED", lastEventAt: daysAgo(10) });
  await makeApplication({ status: "CONFIRMED", lastEventAt: daysAgo(30) });
  await makeApplication({ status: "APPROVED", lastEventAt: daysAgo(2) }); // too recent
  await makeApplication({ status: "DECLINED", lastEventAt: daysAgo(30) });
  await makeApplication({ provider: "WEGETFINANCING", status: "APPROVED", lastEventAt: daysAgo(30) }); // no funding report
  const funded = await makeApplication({ status: "APPROVED", lastEventAt: daysAgo(20) });
  await db().fundingRecord.create({
    data: {
      transactionId: "txn-funded",
      chargeId: "chg-1",
      transactionType: "Settle",
      transactionDate: daysAgo(15),
      transactionAmount: "100.00",
      discountAmount: "3.00",
      netAmount: "97.00",
      updatedAt: daysAgo(15),
      status: "RECONCILED",
      applicationId: funded.id,
    },
  });

  expect(await countOrdersWithoutFunding(NOW)).toEqual({ count: 2, more: false });
  expect((await findOrdersWithoutFunding({ now: NOW })).rows).toHaveLength(2);
});
