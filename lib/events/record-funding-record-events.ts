// funding.record_changed for each record of a batch that a sync or an import just inserted or
// changed (in the same transaction, after upsertFundingRecords); unchanged records send nothing.
import { FUNDING_RECORD_DATA_SQL } from "./event-payload-sql";
import type { EventTx } from "./event-writer";
import { recordEventsFrom } from "./record-event";

export async function recordFundingRecordEvents(tx: EventTx, transactionIds: string[]): Promise<void> {
  if (!transactionIds.length) return;
  await recordEventsFrom(tx, "funding.record_changed", FUNDING_RECORD_DATA_SQL, [transactionIds]);
}
