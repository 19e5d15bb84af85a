// application.status_changed: called by applyApplicationEvent when the derived status moved.
import type { ApplicationStatus } from "@/lib/db/generated/enums";

import { APPLICATION_DATA_SQL } from "./event-payload-sql";
import type { EventTx } from "./event-writer";
import { recordEventsFrom } from "./record-event";

export async function recordApplicationStatusChanged(
  tx: EventTx,
  applicationId: string,
  previous: ApplicationStatus,
  current: ApplicationStatus,
): Promise<void> {
  if (previous === current) return;
  await recordEventsFrom(tx, "application.status_changed", APPLICATION_DATA_SQL, [applicationId, previous]);
}
