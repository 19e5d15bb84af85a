// funding_sync_failed: the latest finished ChargeAfter sync failed. It counts the failed runs
// since the last one that succeeded and resolves when a sync succeeds again.
import type { AlertFinding } from "@/lib/alerts/alert-kinds";
import { findOpenAlert } from "@/lib/alerts/apply-findings";
import { db } from "@/lib/db/client";
import { closeAbandonedSyncRuns } from "@/lib/reconciliation/sync-run-liveness";

const GROUP = "chargeafter";

export async function checkFundingSync(): Promise<AlertFinding[]> {
  await closeAbandonedSyncRuns(); // a run whose server stopped counts as failed
  const lastGood = await db().syncRun.findFirst({
    where: { source: "API", status: "SUCCEEDED" },
    orderBy: { id: "desc" },
    select: { id: true },
  });
  const failed = await db().syncRun.findMany({
    where: { source: "API", status: "FAILED", ...(lastGood ? { id: { gt: lastGood.id } } : {}) },
    orderBy: { id: "desc" },
    select: { id: true, fromDate: true, toDate: true, error: true },
    take: 100,
  });
  const latest = failed[0];
  if (!latest) return [];
  const open = await findOpenAlert("funding_sync_failed", GROUP);
  const count = failed.length;
  const range = latest.fromDate && latest.toDate ? ` (${day(latest.fromDate)} … ${day(latest.toDate)})` : "";
  return [
    {
      groupKey: GROUP,
      title: count === 1 ? "The funding sync failed" : `The funding sync failed ${count} times in a row`,
      detail: `Latest run${range}: ${(latest.error ?? "no reason given").slice(0, 500)}`,
      count,
      link: "/reconciliation#funding-sync",
      firstCauseId: failed.at(-1)!.id,
      lastCauseId: latest.id,
      grew: !!open && open.lastCauseId !== latest.id,
    },
  ];
}

const day = (date: Date) => date.toISOString().slice(0, 10);
