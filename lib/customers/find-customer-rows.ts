// Every row that holds one customer's personal data, found from one of their applications:
// the applications with the same e-mail, their carts, orders, funding records, disputes and
// the deliveries about any of them or naming the e-mail among their ids.
import type { Prisma } from "@/lib/db/client";
import { escapeLike } from "@/lib/search-params/name-search";

export type CustomerRows = {
  applicationIds: string[];
  cartIds: string[];
  orderIds: string[];
  transactionIds: string[];
  disputeIds: string[];
  deliveryIds: string[];
};

type Tx = Prisma.TransactionClient;
const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

export async function findCustomerRows(tx: Tx, applicationId: string, email: string | null): Promise<CustomerRows> {
  // ILIKE without wildcards: the e-mail in any case, found through the trigram indexes.
  const same = email ? escapeLike(email) : null;
  const applicationIds = ids(
    await tx.$queryRaw`SELECT id::text FROM "Application"
      WHERE id = ${applicationId}::uuid OR (${same}::text IS NOT NULL AND "customerEmail" ILIKE ${same})`,
  );
  const cartIds = ids(
    await tx.$queryRaw`SELECT id::text FROM "PendingCart"
      WHERE "applicationId" = ANY(${applicationIds}::uuid[]) OR (${same}::text IS NOT NULL AND "customerEmail" ILIKE ${same})`,
  );
  const orderIds = ids(
    await tx.$queryRaw`SELECT id::text FROM "Order"
      WHERE "applicationId" = ANY(${applicationIds}::uuid[]) OR "pendingCartId" = ANY(${cartIds}::uuid[])
         OR (${same}::text IS NOT NULL AND "customerEmail" ILIKE ${same})`,
  );
  const transactionIds = ids(
    await tx.$queryRaw`SELECT "transactionId" AS id FROM "FundingRecord"
      WHERE "applicationId" = ANY(${applicationIds}::uuid[]) OR (${same}::text IS NOT NULL AND email ILIKE ${same})`,
  );
  const disputeIds = ids(
    await tx.$queryRaw`SELECT id::text FROM "Dispute" WHERE "applicationId" = ANY(${applicationIds}::uuid[])`,
  );
  const named = email ? [email, email.toLowerCase()] : [];
  const deliveryIds = ids(
    await tx.$queryRaw`SELECT id::text FROM "Delivery"
      WHERE "applicationId" = ANY(${applicationIds}::uuid[]) OR "orderId" = ANY(${orderIds}::uuid[])
         OR "disputeId" = ANY(${disputeIds}::uuid[]) OR "searchIds" && ${named}::text[]`,
  );
  return { applicationIds, cartIds, orderIds, transactionIds, disputeIds, deliveryIds };
}
