// dispute_created: disputes recorded since the last check (uuid7 ids sort in insertion order),
// added up in one alert that resolves once none of the disputes it counted is still unresolved.
import { NOTIFY_EVERY_MS, type AlertFinding } from "@/lib/alerts/alert-kinds";
import { findOpenAlert, lastCauseIdOf } from "@/lib/alerts/apply-findings";
import { uuid7Floor } from "@/lib/alerts/uuid7-floor";
import { db } from "@/lib/db/client";

const GROUP = "disputes";

export async function checkDisputes(now: Date): Promise<AlertFinding[]> {
  const open = await findOpenAlert("dispute_created", GROUP);
  // The first check ever looks back one grouping window, not at every dispute on record.
  const after =
    open?.lastCauseId ??
    (await lastCauseIdOf("dispute_created")) ??
    uuid7Floor(new Date(now.getTime() - NOTIFY_EVERY_MS));
  const fresh = await db().dispute.findMany({
    where: { id: { gt: after } },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  if (!open && !fresh.length) return [];
  const firstCauseId = open?.firstCauseId ?? fresh[0]!.id;
  const lastCauseId = fresh.at(-1)?.id ?? open!.lastCauseId!;
  const unresolved = await db().dispute.count({
    where: { id: { gte: firstCauseId, lte: lastCauseId }, status: { not: "RESOLVED" } },
  });
  if (!unresolved) return [];
  const count = (open?.count ?? 0) + fresh.length;
  return [
    {
      groupKey: GROUP,
      title: count === 1 ? "A dispute was opened" : `${count} disputes were opened`,
      detail: `${count} opened since the first was seen; ${unresolved} not resolved yet.`,
      count,
      link: count === 1 ? `/disputes/${firstCauseId}` : "/disputes?status=OPEN&status=LENDER_UPDATED",
      firstCauseId,
      lastCauseId,
      grew: fresh.length > 0,
    },
  ];
}
