// Turns one kind's findings into Alert rows: a finding opens its group's alert or updates the
// open one; an open alert of the kind with no finding any more is resolved (its cause stopped).
import { db } from "@/lib/db/client";

import type { AlertFinding, AlertKind } from "./alert-kinds";

const openKeyOf = (kind: AlertKind, groupKey: string) => `${kind}:${groupKey}`;

/** The open alert of a group, for checks that add to what it already counted. */
export function findOpenAlert(kind: AlertKind, groupKey: string) {
  return db().alert.findUnique({
    where: { openKey: openKeyOf(kind, groupKey) },
    select: { id: true, count: true, firstSeenAt: true, firstCauseId: true, lastCauseId: true },
  });
}

/** The newest row any alert of the kind counted, open or resolved. */
export async function lastCauseIdOf(kind: AlertKind): Promise<string | null> {
  const last = await db().alert.findFirst({
    where: { kind, lastCauseId: { not: null } },
    orderBy: { lastCauseId: "desc" },
    select: { lastCauseId: true },
  });
  return last?.lastCauseId ?? null;
}

export async function applyFindings(kind: AlertKind, findings: AlertFinding[], now: Date): Promise<void> {
  for (const { grew, ...finding } of findings) {
    const openKey = openKeyOf(kind, finding.groupKey);
    await db().alert.upsert({
      where: { openKey },
      create: { kind, openKey, ...finding, firstSeenAt: now, lastSeenAt: now },
      // lastSeenAt moves only when more of the cause arrived: a pending message is one older than it.
      update: { ...finding, firstCauseId: undefined, ...(grew ? { lastSeenAt: now } : {}) },
    });
  }
  await db().alert.updateMany({
    where: { kind, resolvedAt: null, groupKey: { notIn: findings.map((finding) => finding.groupKey) } },
    data: { resolvedAt: now, openKey: null },
  });
}
