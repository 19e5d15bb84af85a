// What counts as a failed delivery, in one place: the list filter, the 24-hour count
// and the caption that explains it use this definition.
import "server-only";

import type { Prisma } from "@/lib/db/client";
import type { Processing } from "@/lib/db/generated/enums";

export const FAILED_PROCESSING: Processing[] = ["FAILED", "INVALID", "REJECTED"];

export const FAILURE_DEFINITION =
  "A failure is a delivery we answered with an HTTP status of 400 or above, or one that was rejected (bad signature), unreadable (invalid), or failed while being applied.";

export const failureWhere: Prisma.DeliveryWhereInput = {
  OR: [{ processing: { in: FAILED_PROCESSING } }, { responseStatus: { gte: 400 } }],
};

export const RECENT_FAILURE_WINDOW_MS = 24 * 60 * 60 * 1000;
