// Shared by the reconciliation tests: a fake ChargeAfter API and a sync against it.
import { afterAll, beforeAll, beforeEach } from "vitest";

import { fetchFundingReport } from "@/lib/providers/chargeafter/funding-report-client";
import { syncFundingRecords, type SyncResult } from "@/lib/reconciliation/sync-funding-records";
import { generateFundingRecords, startFakeFundingApi, type FakeFundingApi } from "@/test/fakes/chargeafter-funding-api";
import { resetDatabase } from "@/test/reset-database";

export const financeActor = { id: null, email: "finance@example.com" };

export async function withFakeApi(): Promise<FakeFundingApi> {
  return startFakeFundingApi();
}

/** For a test file: the fake API (handed to `ready`), and before each test an empty database and `records` new records. */
export function setUpFakeFundingApi(records: number, ready: (api: FakeFundingApi) => void): void {
  let api: FakeFundingApi;
  beforeAll(async () => {
    api = await startFakeFundingApi();
    ready(api);
  });
  afterAll(() => api.close());
  beforeEach(async () => {
    await resetDatabase();
    api.records = generateFundingRecords(records);
    api.requests.length = 0;
  });
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

/** 100-record pages of the fake API, calling `beforePage(n)` before handing over page n (1-based). */
export function pagesWith(api: FakeFundingApi, beforePage: (n: number) => unknown) {
  return async function* () {
    let n = 0;
    for await (const page of fetchFundingReport({
      fromDate: "2026-10-01",
      toDate: "2026-11-30",
      baseUrl: api.baseUrl,
      privateKey: api.privateKey,
      pageSize: 100,
      sleep: async () => {},
    })) {
      await beforePage(++n);
      yield page;
    }
  };
}

/** A sync of 100-record pages that calls `beforePage(n)` before handing over page n (1-based): to fail the API part-way, or look around mid-sync. */
export function syncPagesWith(api: FakeFundingApi, beforePage: (n: number) => unknown): Promise<SyncResult> {
  return syncFundingRecords({
    from: "2026-10-01",
    to: "2026-11-30",
    actor: financeActor,
    fetchPages: pagesWith(api, beforePage),
  });
}
