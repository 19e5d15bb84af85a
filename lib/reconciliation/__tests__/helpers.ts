// Shared by the reconciliation tests: a fake ChargeAfter API and a sync against it.
import { fetchFundingReport } from "@/lib/providers/chargeafter/funding-report-client";
import { syncFundingRecords, type SyncResult } from "@/lib/reconciliation/sync-funding-records";
import { startFakeFundingApi, type FakeFundingApi } from "@/test/fakes/chargeafter-funding-api";

export const financeActor = { id: null, email: "finance@example.com" };

export async function withFakeApi(): Promise<FakeFundingApi> {
  return startFakeFundingApi();
}

export function syncFrom(
  api: FakeFundingApi,
  range = { from: "2026-10-01", to: "2026-11-30" },
  pageSize = 1000,
): Promise<SyncResult> {
  return syncFundingRecords({
    ...range,
    actor: financeActor,
    source: "API",
    fetchPages: () =>
      fetchFundingReport({
        fromDate: range.from,
        toDate: range.to,
        baseUrl: api.baseUrl,
        privateKey: api.privateKey,
        pageSize,
        sleep: async () => {},
      }),
  });
}

/** A sync of 100-record pages that calls `beforePage(n)` before handing over page n (1-based): to fail the API part-way, or look around mid-sync. */
export function syncPagesWith(api: FakeFundingApi, beforePage: (n: number) => unknown): Promise<SyncResult> {
  const range = { fromDate: "2026-10-01", toDate: "2026-11-30" };
  return syncFundingRecords({
    from: range.fromDate,
    to: range.toDate,
    actor: financeActor,
    fetchPages: async function* () {
      let n = 0;
      for await (const page of fetchFundingReport({
        ...range,
        baseUrl: api.baseUrl,
        privateKey: api.privateKey,
        pageSize: 100,
        sleep: async () => {},
      })) {
        await beforePage(++n);
        yield page;
      }
    },
  });
}
