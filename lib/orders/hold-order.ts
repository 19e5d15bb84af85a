// WeGetFinancing sending `rejected` after `approved` contradicts itself. The
// application keeps its order-independent status; the order waits for staff.
import type { Prisma } from "@/lib/db/client";

export const REJECTED_AFTER_APPROVAL = "WeGetFinancing reported rejected after approval";

/**
 * Puts the application's order on hold when its timeline holds a rejection at or
 * after an approval (event times, so the arrival order does not matter). A cancelled
 * order stays cancelled: the provider ended the financing, there is nothing to decide.
 * The reason stays on the order after staff decide (decide-order-hold.ts).
 */
export async function holdIfRejectedAfterApproval(
  tx: Prisma.TransactionClient,
  applicationId: string,
): Promise<string | undefined> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    UPDATE "Order" o
       SET "holdReason" = ${REJECTED_AFTER_APPROVAL},
           status = CASE WHEN o.status = 'CANCELLED' THEN o.status ELSE 'ON_HOLD'::"OrderStatus" END
     WHERE o."applicationId" = ${applicationId}::uuid
       AND o."holdReason" IS NULL -- held once: a staff decision is not undone by a later event
       AND EXISTS (
         SELECT 1 FROM "ApplicationEvent" r JOIN "ApplicationEvent" a ON a."applicationId" = r."applicationId"
          WHERE r."applicationId" = ${applicationId}::uuid
            AND r.status = 'DECLINED' AND a.status IN ('APPROVED', 'CONFIRMED')
            AND r."occurredAt" >= a."occurredAt")
    RETURNING o.id::text`;
  return rows[0]?.id;
}
