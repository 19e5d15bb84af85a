// Dispute lifecycle: OPEN → LENDER_UPDATED → RESOLVED. The status only moves forward,
// and an update for a dispute we have not seen creates it.
import type { Prisma } from "@/lib/db/client";
import type { DisputeStatus } from "@/lib/db/generated/enums";
import { recordDisputeEvent } from "@/lib/events/record-dispute-event";
import { appTimeZone } from "@/lib/format/format-date-time";
import type { DisputeEffect } from "@/lib/ingest/types";

import { providerFactUpdate, readFieldSources, type DisputeFacts } from "./dispute-facts";

type DisputeRow = {
  id: string;
  status: DisputeStatus;
  openedAt: Date;
  lastEventAt: Date;
  resolvedAt: Date | null;
  lenderDisputeId: string | null;
  lenderId: string | null;
  applicationId: string | null;
  fieldSources: unknown;
};

const RANK: Record<DisputeStatus, number> = { OPEN: 0, LENDER_UPDATED: 1, RESOLVED: 2 };

export async function applyDisputeEvent(
  tx: Prisma.TransactionClient,
  effect: DisputeEffect & { facts?: DisputeFacts },
  eventType: string,
  deliveryId: string | null,
): Promise<{ disputeId: string; applicationId?: string }> {
  const application = effect.applicationExternalId
    ? await tx.application.findUnique({
        where: { provider_externalId: { provider: effect.provider, externalId: effect.applicationExternalId } },
        select: { id: true },
      })
    : null;

  const inserted = await tx.dispute.createMany({
    data: [
      {
        provider: effect.provider,
        externalId: effect.disputeId,
        lenderDisputeId: effect.lenderDisputeId,
        lenderId: effect.lenderId,
        status: effect.status,
        openedAt: effect.occurredAt,
        lastEventAt: effect.occurredAt,
        resolvedAt: effect.status === "RESOLVED" ? effect.occurredAt : null,
        applicationId: application?.id,
      },
    ],
    skipDuplicates: true,
  });
  // Lock it: events of one dispute apply one at a time.
  const [dispute] = await tx.$queryRaw<DisputeRow[]>`
    SELECT id::text, status, "openedAt", "lastEventAt", "resolvedAt", "lenderDisputeId", "lenderId", "applicationId"::text, "fieldSources"
    FROM "Dispute" WHERE provider = ${effect.provider}::"Provider" AND "externalId" = ${effect.disputeId} FOR UPDATE`;
  if (!dispute) throw new Error("the dispute row vanished");

  await tx.disputeEvent.create({
    data: {
      disputeId: dispute.id,
      deliveryId,
      type: eventType,
      status: effect.status,
      occurredAt: effect.occurredAt,
      data: effect.data as Prisma.InputJsonValue,
    },
  });

  const earlier = (a: Date | null, b: Date) => (a && a < b ? a : b);
  const facts = effect.facts
    ? providerFactUpdate(effect.facts, readFieldSources(dispute.fieldSources), {
        type: eventType,
        occurredAt: effect.occurredAt,
        timeZone: appTimeZone(),
      })
    : null;
  await tx.dispute.update({
    where: { id: dispute.id },
    data: {
      status: RANK[effect.status] > RANK[dispute.status] ? effect.status : undefined,
      // The time of its first event: disputes.created, unless an update came from before.
      openedAt: earlier(dispute.openedAt, effect.occurredAt),
      lastEventAt: effect.occurredAt > dispute.lastEventAt ? effect.occurredAt : undefined,
      resolvedAt: effect.status === "RESOLVED" ? earlier(dispute.resolvedAt, effect.occurredAt) : undefined,
      lenderDisputeId: dispute.lenderDisputeId ?? effect.lenderDisputeId,
      lenderId: dispute.lenderId ?? effect.lenderId,
      applicationId: dispute.applicationId ?? application?.id,
      ...(facts && { ...facts.values, fieldSources: facts.sources }),
    },
  });
  await recordDisputeEvent(tx, dispute.id, {
    created: inserted.count === 1,
    previous: dispute.status,
    incoming: effect.status,
  });
  return { disputeId: dispute.id, applicationId: dispute.applicationId ?? application?.id };
}
