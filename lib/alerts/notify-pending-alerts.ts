// Grouped notification: per kind, at most one message per NOTIFY_EVERY_MS, naming every open
// alert of the kind not told yet (new, or more of it since its last message). The claim is
// made in the database under a lock per kind, so several instances never send it twice.
import { db, Prisma } from "@/lib/db/client";

import { ALERT_KIND_LABELS, NOTIFY_EVERY_MS, type AlertKind } from "./alert-kinds";
import { alertUrl } from "./channels/alert-url";
import type { AlertMessage } from "./channels/send-alert-email";
import { sendAlertMessage, type ChannelResult } from "./channels/send-alert-message";

type Pending = { title: string; detail: string; count: number; link: string };

async function claimPending(kind: AlertKind, now: Date): Promise<Pending[]> {
  return db().$transaction(async (tx) => {
    await tx.$executeRaw(Prisma.sql`SELECT pg_advisory_xact_lock(hashtext(${`alerts:${kind}`}))`);
    const recent = await tx.alert.count({
      where: { kind, lastNotifiedAt: { gt: new Date(now.getTime() - NOTIFY_EVERY_MS) } },
    });
    if (recent) return [];
    const pending = await tx.$queryRaw<(Pending & { id: string })[]>(Prisma.sql`
      SELECT id, title, detail, count, link FROM "Alert"
      WHERE kind = ${kind} AND "resolvedAt" IS NULL AND ("lastNotifiedAt" IS NULL OR "lastSeenAt" > "lastNotifiedAt")
      ORDER BY "firstSeenAt"`);
    if (pending.length)
      await tx.alert.updateMany({ where: { id: { in: pending.map((a) => a.id) } }, data: { lastNotifiedAt: now } });
    return pending;
  });
}

export function alertMessage(kind: AlertKind, alerts: Pending[]): AlertMessage {
  const subject = alerts.length === 1 ? alerts[0]!.title : `${ALERT_KIND_LABELS[kind]}: ${alerts.length} issues`;
  const lines = alerts.map((a) => `• ${a.title} (how many: ${a.count})\n  ${a.detail}\n  ${alertUrl(a.link)}`);
  return { subject: `[Financing Desk] ${subject}`, text: `${lines.join("\n")}\n\nAll issues: ${alertUrl("/issues")}` };
}

/** Sends what is due for one kind; the channels' results, or null when nothing was due. */
export async function notifyPendingAlerts(kind: AlertKind, now: Date): Promise<ChannelResult[] | null> {
  const pending = await claimPending(kind, now);
  if (!pending.length) return null;
  return sendAlertMessage(alertMessage(kind, pending));
}
