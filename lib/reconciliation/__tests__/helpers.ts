// Shared by the reconciliation tests: a fake ChargeAfter API and a sync against it.
import { startFakeFundingApi, type FakeFundingApi } from "@/test/fakes/chargeafter-funding-api";
import { fetchFundingReport } from "@/lib/providers/chargeafter/funding-report-client";
import { syncFundingRecords, type SyncResult } from "../sync-funding-records";

export const financeActor = { id: null, email: "finance@example.com" };

export async function withFakeApi(): Promise<FakeFundingApi> {
  return startFakeFundingApi();
}

export function syncFrom(api: FakeFundingApi, range = { from: "2026-10-01", to: "2026-11-30" }, pageSize = 1000): Promise<SyncResult> {
  return syncFundingRecords({
    ...range,
    actor: financeActor,
    source: "API",
    fetchPages: () =>
      fetchFundingReport({ fromDate: range.from, toDate: range.to, baseUrl: api.baseUrl, privateKey: api.privateKey, pageSize, sleep: async () => {} }),
  });
}
