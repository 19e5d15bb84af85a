// An admin erases one customer's personal data (a merchant's answer to a deletion request):
// names, e-mails, phones and addresses in every table, and the stored bodies and payloads
// that contain them, in one transaction. Amounts, ids, statuses and dedupe keys stay, so the
// books still add up and a late retry is still a duplicate. Audited with counts per table,
// never with the data erased.
import "server-only";

import { z } from "zod";

import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db, type Prisma } from "@/lib/db/client";
import { escapeLike } from "@/lib/search-params/name-search";

import { findCustomerRows } from "./find-customer-rows";
import { scrubPersonalJson, type PersonalFacts } from "./scrub-personal-json";

export const eraseCustomerSchema = z.object({ applicationId: z.uuid() });

export type ErasureCounts = Record<
  | "applications"
  | "pendingCarts"
  | "orders"
  | "fundingRecords"
  | "fundingRecordVersions"
  | "applicationEvents"
  | "statusChecks"
  | "disputeEvents"
  | "deliveries"
  | "outboundEvents",
  number
>;

export class CustomerNotFoundError extends Error {
  constructor() {
    super("No such application.");
    this.name = "CustomerNotFoundError";
  }
}

export async function eraseCustomer(input: z.input<typeof eraseCustomerSchema>, actor: Actor): Promise<ErasureCounts> {
  const { applicationId } = eraseCustomerSchema.parse(input);
  return db().$transaction(
    async (tx) => {
      const app = await tx.application.findUnique({
        where: { id: applicationId },
        select: { customerEmail: true, customerFirstName: true, customerLastName: true, customerPhone: true },
      });
      if (!app) throw new CustomerNotFoundError();
      const rows = await findCustomerRows(tx, applicationId, app.customerEmail);
      const counts = await eraseRows(tx, rows, {
        email: app.customerEmail,
        values: [app.customerFirstName, app.customerLastName, app.customerPhone].filter((v): v is string => !!v),
      });
      await recordAudit(tx, actor, {
        action: "application.erase-customer",
        targetType: "application",
        targetId: applicationId,
        details: counts,
      });
      return counts;
    },
    { timeout: 60_000 },
  );
}

type Rows = Awaited<ReturnType<typeof findCustomerRows>>;

async function eraseRows(tx: Prisma.TransactionClient, rows: Rows, facts: PersonalFacts): Promise<ErasureCounts> {
  const { applicationIds: apps, cartIds, orderIds, transactionIds, disputeIds, deliveryIds } = rows;
  const emails = facts.email ? [facts.email, facts.email.toLowerCase()] : [];
  return {
    applications: await tx.$executeRaw`UPDATE "Application" SET "customerFirstName" = NULL,
      "customerLastName" = NULL, "customerEmail" = NULL, "customerPhone" = NULL, "customerSources" = NULL
      WHERE id = ANY(${apps}::uuid[])`,
    // A cart's names and e-mail are required columns: emptied, not nulled.
    pendingCarts: await tx.$executeRaw`UPDATE "PendingCart" SET "customerFirstName" = '', "customerLastName" = '',
      "customerEmail" = '', "customerPhone" = NULL, "billingAddress" = NULL, "shippingAddress" = NULL
      WHERE id = ANY(${cartIds}::uuid[])`,
    orders: await tx.$executeRaw`UPDATE "Order" SET "customerFirstName" = NULL, "customerLastName" = NULL,
      "customerEmail" = NULL WHERE id = ANY(${orderIds}::uuid[])`,
    fundingRecords: await tx.$executeRaw`UPDATE "FundingRecord" SET "firstName" = NULL, "lastName" = NULL,
      email = NULL WHERE "transactionId" = ANY(${transactionIds})`,
    fundingRecordVersions: await tx.$executeRaw`UPDATE "FundingRecordVersion"
      SET data = data - 'firstName' - 'lastName' - 'email' WHERE "transactionId" = ANY(${transactionIds})`,
    applicationEvents: await tx.$executeRaw`UPDATE "ApplicationEvent" SET data = NULL
      WHERE ("applicationId" = ANY(${apps}::uuid[]) OR "deliveryId" = ANY(${deliveryIds}::uuid[])) AND data IS NOT NULL`,
    statusChecks: await tx.$executeRaw`UPDATE "ApplicationStatusCheck" SET response = '{}'::jsonb
      WHERE "applicationId" = ANY(${apps}::uuid[])`,
    disputeEvents: await tx.$executeRaw`UPDATE "DisputeEvent" SET data = NULL
      WHERE ("disputeId" = ANY(${disputeIds}::uuid[]) OR "deliveryId" = ANY(${deliveryIds}::uuid[])) AND data IS NOT NULL`,
    // The body goes as a purged one does (the page says so); the e-mail leaves the searchable ids.
    deliveries: await tx.$executeRaw`UPDATE "Delivery" SET "rawBody" = ''::bytea,
      "bodyPurgedAt" = COALESCE("bodyPurgedAt", now()),
      "searchIds" = ARRAY(SELECT s FROM unnest("searchIds") s WHERE NOT (s = ANY(${emails}::text[])))
      WHERE id = ANY(${deliveryIds}::uuid[])`,
    outboundEvents: await scrubOutboundEvents(tx, facts),
  };
}

/** Outbound event payloads that mention the e-mail, rewritten without the customer's facts. */
async function scrubOutboundEvents(tx: Prisma.TransactionClient, facts: PersonalFacts): Promise<number> {
  if (!facts.email) return 0;
  const pattern = `%${escapeLike(facts.email)}%`;
  const events = await tx.$queryRaw<{ id: string; data: unknown }[]>`
    SELECT id, data FROM "OutboundEvent" WHERE data::text ILIKE ${pattern}`;
  for (const event of events)
    await tx.outboundEvent.update({
      where: { id: event.id },
      data: { data: scrubPersonalJson(event.data, facts) as Prisma.InputJsonValue },
    });
  return events.length;
}
