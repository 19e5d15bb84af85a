// new_mismatches: funding records the latest sync or import wrote as a mismatch that nobody
// has picked up yet (no review assigned or resolved). Resolves when they are all picked up,
// or a later sync wrote none.
import type { AlertFinding } from "@/lib/alerts/alert-kinds";
import { findOpenAlert } from "@/lib/alerts/apply-findings";
import { db, Prisma } from "@/lib/db/client";
import { MISMATCH_STATUSES } from "@/lib/reconciliation/explain-mismatch";

const GROUP = "latest-sync";

export async function checkNewMismatches(): Promise<AlertFinding[]> {
  const run = await db().syncRun.findFirst({
    where: { status: { not: "RUNNING" } },
    orderBy: { id: "desc" },
    select: { id: true, startedAt: true, source: true },
  });
  if (!run) return [];
  const [{ count }] = await db().$queryRaw<[{ count: number }]>(Prisma.sql`
    SELECT count(*)::int AS count FROM "FundingRecord" f
    WHERE f.status = ANY(${[...MISMATCH_STATUSES]}::text[]) AND f."lastSyncedAt" >= ${run.startedAt}
      AND NOT EXISTS (SELECT 1 FROM "MismatchReview" m WHERE m."transactionId" = f."transactionId"
                      AND m.state IN ('ASSIGNED', 'RESOLVED'))`);
  if (!count) return [];
  const open = await findOpenAlert("new_mismatches", GROUP);
  const what = run.source === "API" ? "sync" : "import";
  return [
    {
      groupKey: GROUP,
      title: `${count} new funding ${count === 1 ? "mismatch" : "mismatches"} in the last ${what}`,
      detail: `The ${what} started ${run.startedAt.toISOString()} wrote ${count} mismatched ${count === 1 ? "record" : "records"} nobody has picked up yet.`,
      count,
      link: "/reconciliation?review=open",
      lastCauseId: run.id,
      grew: !!open && open.lastCauseId !== run.id,
    },
  ];
}
