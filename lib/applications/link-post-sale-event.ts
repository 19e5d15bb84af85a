// Post-sale events carry an undocumented field list: they are stored whole, and put on
// the timeline of the application they name (by application id or merchant order id).
// They are also where ChargeAfter links an application to the merchant's order (its
// application webhooks carry no merchant order id): the link is learned here, so funding
// records (which name the order and the charge) match the application, whichever came first.
import type { Prisma } from "@/lib/db/client";
import type { PostSaleEffect } from "@/lib/ingest/types";
import { relinkSales } from "@/lib/links/relink-sales";

export async function linkPostSaleEvent(
  tx: Prisma.TransactionClient,
  effect: PostSaleEffect,
  eventType: string,
  deliveryId: string | null,
): Promise<{ applicationId?: string }> {
  const candidates: Prisma.ApplicationWhereInput[] = [];
  if (effect.applicationExternalId)
    candidates.push({ provider: effect.provider, externalId: effect.applicationExternalId });
  if (effect.merchantOrderId)
    candidates.push({ merchantOrderId: effect.merchantOrderId }, { merchantTransactionId: effect.merchantOrderId });
  if (!candidates.length) return {};
  const application = await tx.application.findFirst({
    where: { OR: candidates },
    select: { id: true, lastEventAt: true, merchantOrderId: true },
    orderBy: { createdAt: "asc" },
  });
  if (!application) return {};
  // Only an event that names the application itself teaches a link; one found by order id already has it.
  if (effect.applicationExternalId) await learnOrderLink(tx, application, effect);
  await tx.applicationEvent.create({
    data: {
      applicationId: application.id,
      deliveryId,
      type: eventType,
      occurredAt: effect.occurredAt,
      data: effect.data as Prisma.InputJsonValue,
    },
  });
  if (effect.occurredAt > application.lastEventAt) {
    await tx.application.update({ where: { id: application.id }, data: { lastEventAt: effect.occurredAt } });
  }
  return { applicationId: application.id };
}

/**
 * Also used by "Refresh from ChargeAfter" when the status answer names the order.
 * Records the merchant order id and the charge id on the application when it had none (a
 * funding record naming either then matches it), and relinks the records they reach
 * (lib/links/relink-sales), whichever came first.
 */
export async function learnOrderLink(
  tx: Prisma.TransactionClient,
  application: { id: string; merchantOrderId: string | null },
  ids: { merchantOrderId?: string; chargeId?: string },
): Promise<void> {
  const { merchantOrderId, chargeId } = ids;
  if (!merchantOrderId && !chargeId) return;
  await tx.$executeRaw`
    UPDATE "Application" SET "merchantOrderId" = COALESCE("merchantOrderId", ${merchantOrderId ?? null}),
                             "chargeId" = COALESCE("chargeId", ${chargeId ?? null})
    WHERE id = ${application.id}::uuid`;
  await relinkSales(tx, { applicationIds: [application.id], saleIds: [merchantOrderId], chargeIds: [chargeId] });
}
