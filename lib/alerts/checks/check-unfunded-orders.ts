// unfunded_orders: ChargeAfter applications approved or confirmed more than UNFUNDED_AFTER_DAYS
// ago with no funding record (the same set as the Unfunded page). Resolves when there are none.
import { UNFUNDED_AFTER_DAYS, type AlertFinding } from "@/lib/alerts/alert-kinds";
import { db } from "@/lib/db/client";

export async function checkUnfundedOrders(now: Date): Promise<AlertFinding[]> {
  const cutoff = new Date(now.getTime() - UNFUNDED_AFTER_DAYS * 86_400_000);
  const count = await db().application.count({
    where: {
      provider: "CHARGEAFTER",
      status: { in: ["APPROVED", "CONFIRMED"] },
      lastEventAt: { lt: cutoff },
      fundingRecords: { none: {} },
    },
  });
  if (!count) return [];
  const orders = count === 1 ? "1 approved order has" : `${count} approved orders have`;
  return [
    {
      groupKey: "chargeafter",
      title: `${orders} no funding record after ${UNFUNDED_AFTER_DAYS} days`,
      detail: `ChargeAfter approved or confirmed them more than ${UNFUNDED_AFTER_DAYS} days ago and the funding report has no record of them.`,
      count,
      link: `/reconciliation/unfunded?days=${UNFUNDED_AFTER_DAYS}`,
    },
  ];
}
