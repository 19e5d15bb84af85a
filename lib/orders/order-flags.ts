// Flags on an order: what staff should look at because money or signals do not add up.
import type { Prisma } from "@/lib/db/client";

export type OrderFlag = "over-refund" | "approved-amount-differs" | "cart-already-promoted";

/** Adds flags to an order, kept sorted and unique so any event order gives the same list. */
export async function addOrderFlags(tx: Prisma.TransactionClient, orderId: string, flags: OrderFlag[]): Promise<void> {
  if (!flags.length) return;
  await tx.$executeRaw`
    UPDATE "Order" SET flags = ARRAY(SELECT DISTINCT f FROM unnest(flags || ${flags}::text[]) AS f ORDER BY f)
    WHERE id = ${orderId}::uuid`;
}
