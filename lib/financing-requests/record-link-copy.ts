// Staff copied the customer's link: the first time is kept, so the list can say which links
// were never sent. Later copies change nothing.
import "server-only";

import { z } from "zod";

import { db } from "@/lib/db/client";

export const recordLinkCopySchema = z.object({ id: z.uuid({ error: "The financing request id is not valid." }) });

/** True when this was the first copy. */
export async function recordLinkCopy(input: z.input<typeof recordLinkCopySchema>, at = new Date()): Promise<boolean> {
  const { id } = recordLinkCopySchema.parse(input);
  const { count } = await db().pendingCart.updateMany({
    where: { id, linkCopiedAt: null, financingUrl: { not: null } },
    data: { linkCopiedAt: at },
  });
  return count === 1;
}
