// What a funding record is linked to, how, and any conflicting evidence, for its page.
import "server-only";

import { customerColumns } from "@/lib/customers/describe-customer";
import { db } from "@/lib/db/client";

export async function getRecordLink(transactionId: string) {
  return db().fundingRecord.findUnique({
    where: { transactionId },
    select: {
      matchedBy: true,
      linkConflict: true,
      firstName: true,
      lastName: true,
      email: true,
      application: {
        select: { id: true, externalId: true, provider: true, status: true, ...customerColumns },
      },
    },
  });
}
