// Post-sale events carry an undocumented field list: they are stored whole, and put on
// the timeline of the application they name (by application id or merchant order id).
import type { Prisma } from "../db/client";
import type { PostSaleEffect } from "../ingest/types";

export async function linkPostSaleEvent(
  tx: Prisma.TransactionClient,
  effect: PostSaleEffect,
  eventType: string,
  deliveryId: string | null,
): Promise<{ applicationId?: string }> {
  const candidates: Prisma.ApplicationWhereInput[] = [];
  if (effect.applicationExternalId) candidates.push({ provider: effect.provider, externalId: effect.applicationExternalId });
  if (effect.merchantOrderId) candidates.push({ merchantOrderId: effect.merchantOrderId }, { merchantTransactionId: effect.merchantOrderId });
  if (!candidates.length) return {};
  const application = await tx.application.findFirst({ where: { OR: candidates }, select: { id: true, lastEventAt: true }, orderBy: { createdAt: "asc" } });
  if (!application) return {};
  await tx.applicationEvent.create({
    data: { applicationId: application.id, deliveryId, type: eventType, occurredAt: effect.occurredAt, data: effect.data as Prisma.InputJsonValue },
  });
  if (effect.occurredAt > application.lastEventAt) {
    await tx.application.update({ where: { id: application.id }, data: { lastEventAt: effect.occurredAt } });
  }
  return { applicationId: application.id };
}
