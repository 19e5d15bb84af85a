// A funding sync against ChargeAfter with the configured credentials: what the CLI and the
// page's "Sync now" call (which starts it, or joins the one running, and returns at once).
import type { Actor } from "@/lib/audit/actor";
import { env } from "@/lib/config/env";
import type { SyncTrigger } from "@/lib/db/generated/enums";
import { CHARGEAFTER_NOT_CONFIGURED, chargeAfterApiAccess } from "@/lib/providers/chargeafter/api-base-url";
import { fetchFundingReport } from "@/lib/providers/chargeafter/funding-report-client";

import {
  startSyncFundingRecords,
  syncFundingRecords,
  type StartedSync,
  type SyncFundingRecordsInput,
  type SyncResult,
} from "./sync-funding-records";
import { syncRangeSchema } from "./sync-funding-records-schema";
import type { SyncProgress } from "./sync-run-summary";

export class FundingSyncNotConfiguredError extends Error {
  constructor() {
    super(CHARGEAFTER_NOT_CONFIGURED);
    this.name = "FundingSyncNotConfiguredError";
  }
}

type ChargeAfterSyncInput = {
  from: string;
  to: string;
  actor: Actor;
  trigger?: SyncTrigger;
  onProgress?: (progress: SyncProgress) => void;
};

export async function syncFundingFromChargeAfter(input: ChargeAfterSyncInput): Promise<SyncResult> {
  return syncFundingRecords(chargeAfterSync(input));
}

/** For the page: starts the sync in the background, or finds the API sync already running (on any instance). */
export async function startFundingSyncFromChargeAfter(input: ChargeAfterSyncInput): Promise<StartedSync> {
  return startSyncFundingRecords({ ...chargeAfterSync(input), joinRunning: true });
}

function chargeAfterSync(input: ChargeAfterSyncInput): SyncFundingRecordsInput {
  const access = chargeAfterApiAccess(env());
  if (!access) throw new FundingSyncNotConfiguredError();
  // The CLI and the page check the range first; this holds for any other caller (the schedule).
  const range = syncRangeSchema.safeParse({ from: input.from, to: input.to });
  if (!range.success)
    throw new RangeError(
      `Cannot sync ${input.from} … ${input.to}: ${range.error.issues.map((issue) => issue.message).join(" ")}`,
    );
  return {
    ...input,
    source: "API",
    fetchPages: () => fetchFundingReport({ fromDate: input.from, toDate: input.to, ...access }),
  };
}
