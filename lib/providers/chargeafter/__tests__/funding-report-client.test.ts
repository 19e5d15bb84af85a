import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import {
  fetchFundingReport,
  FundingReportError,
  type FetchFundingReportOptions,
  type FundingReportPage,
} from "@/lib/providers/chargeafter/funding-report-client";
import { generateFundingRecords, startFakeFundingApi, type FakeFundingApi } from "@/test/fakes/chargeafter-funding-api";

let api: FakeFundingApi;
const sleeps: number[] = [];

beforeAll(async () => {
  api = await startFakeFundingApi();
});
afterAll(() => api.close());
afterEach(() => {
  api.records = [];
  api.requests.length = 0;
  sleeps.length = 0;
});

const options = (overrides: Partial<FetchFundingReportOptions> = {}): FetchFundingReportOptions => ({
  fromDate: "2026-10-01",
  toDate: "2026-11-30",
  baseUrl: api.baseUrl,
  privateKey: api.privateKey,
  sleep: async (ms) => void sleeps.push(ms),
  ...overrides,
});

async function collect(opts: FetchFundingReportOptions): Promise<FundingReportPage[]> {
  const pages: FundingReportPage[] = [];
  for await (const page of fetchFundingReport(opts)) pages.push(page);
  return pages;
}

async function failure(opts: FetchFundingReportOptions): Promise<FundingReportError> {
  try {
    await collect(opts);
  } catch (error) {
    expect(error).toBeInstanceOf(FundingReportError);
    return error as FundingReportError;
  }
  throw new Error("expected a FundingReportError");
}

describe("fetchFundingReport", () => {
  it("pages with offset/limit until a short page: a full page, then a short one, exactly two calls", async () => {
    api.records = generateFundingRecords(15);
    const pages = await collect(options({ pageSize: 10 }));
    expect(pages.map((p) => p.records.length)).toEqual([10, 5]);
    expect(api.requests.map((r) => [r.query.offset, r.query.limit, r.query.showMissing])).toEqual([
      ["0", "10", "true"],
      ["10", "10", "true"],
    ]);
    expect(pages.flatMap((p) => p.records.map((r) => r.transactionId))).toEqual(
      api.records.map((r) => r.transactionId),
    );
  });

  it("asks once more after an exactly full last page, and stops at the empty one", async () => {
    api.records = generateFundingRecords(20);
    const pages = await collect(options({ pageSize: 10 }));
    expect(pages.map((p) => p.records.length)).toEqual([10, 10, 0]);
    expect(api.requests).toHaveLength(3);
  });

  it("sends the dates and the bearer key, and reads amounts exactly", async () => {
    api.records = generateFundingRecords(3);
    api.records[0]!.transactionAmount = 1299.99;
    api.records[0]!.discountAmount = 0.1;
    api.records[0]!.netAmount = 1299.89;
    const [page] = await collect(options());
    expect(api.requests[0]!.query).toMatchObject({
      fromDate: "2026-10-01",
      toDate: "2026-11-30",
      offset: "0",
      limit: "1000",
    });
    const record = page!.records[0]!;
    expect([
      record.transactionAmount.toFixed(2),
      record.discountAmount.toFixed(2),
      record.netAmount.toFixed(2),
    ]).toEqual(["1299.99", "0.10", "1299.89"]);
    expect(record.transactionDate).toBeInstanceOf(Date);
  });

  it("retries a 500 twice, then succeeds", async () => {
    api.records = generateFundingRecords(2);
    api.failNext(2, "500");
    const pages = await collect(options());
    expect(pages[0]!.records).toHaveLength(2);
    expect(api.requests.map((r) => r.status)).toEqual([500, 500, 200]);
    expect(sleeps).toHaveLength(2);
    expect(sleeps[1]!).toBeGreaterThanOrEqual(sleeps[0]! / 2); // grows (with jitter)
  });

  it("honours Retry-After on a 429", async () => {
    api.records = generateFundingRecords(1);
    api.failNext(1, "429", { retryAfterSeconds: 7 });
    await collect(options());
    expect(sleeps).toEqual([7000]);
    expect(api.requests.map((r) => r.status)).toEqual([429, 200]);
  });

  it("retries a connection reset", async () => {
    api.records = generateFundingRecords(1);
    api.failNext(1, "reset");
    const pages = await collect(options());
    expect(pages[0]!.records).toHaveLength(1);
    expect(api.requests.map((r) => r.status)).toEqual(["reset", 200]);
  });

  it("gives up after 4 attempts and says so", async () => {
    api.failNext(4, "503");
    const error = await failure(options());
    expect(api.requests).toHaveLength(4);
    expect(error.status).toBe(503);
    expect(error.message).toMatch(/ChargeAfter had a server error \(HTTP 503\) 4 times in a row/);
  });

  it("network resets every time: a message naming the host and the cause", async () => {
    api.failNext(4, "reset");
    const error = await failure(options());
    expect(error.message).toMatch(
      /^Could not reach ChargeAfter at http:\/\/127\.0\.0\.1:\d+ after 4 attempts \(.+\)\. Try again later\.$/,
    );
  });

  it("a wrong key: a 401 in words, not retried", async () => {
    const error = await failure(options({ privateKey: "wrong" }));
    expect(api.requests).toHaveLength(1);
    expect(error.status).toBe(401);
    expect(error.message).toMatch(
      /^ChargeAfter did not accept the API key \(CHARGEAFTER_PRIVATE_KEY\): HTTP 401 \(request id req_\d+\)/,
    );
  });

  it("a 422 lists the provider's field errors with its request id", async () => {
    api.answer422Next({
      requestId: "req-abc",
      errors: [{ field: "toDate", validationState: "Invalid", error: "toDate must be after fromDate" }],
    });
    const error = await failure(options());
    expect(error.message).toBe(
      "ChargeAfter refused the date range: toDate must be after fromDate (request id req-abc).",
    );
    expect(error.requestId).toBe("req-abc");
    expect(api.requests).toHaveLength(1);
  });

  it("the fake checks the range itself, as the real API does", async () => {
    const error = await failure(options({ fromDate: "2026-11-30", toDate: "2026-11-01" }));
    expect(error.message).toMatch(
      /^ChargeAfter refused the date range: toDate must be after fromDate \(request id req_\d+\)\.$/,
    );
  });

  it("reports a record that fails validation with its offset and transactionId, and keeps the rest", async () => {
    api.records = generateFundingRecords(5);
    (api.records[3] as Record<string, unknown>).transactionAmount = "10,005";
    api.records[4]!.transactionDate = "2026-11-15T25:00:00Z";
    const [page] = await collect(options({ pageSize: 10 }));
    expect(page!.records).toHaveLength(3);
    expect(page!.invalid).toEqual([
      {
        offset: 3,
        transactionId: api.records[3]!.transactionId,
        reasons: ['transactionAmount: "10,005" is not a plain decimal such as 1299.99'],
      },
      {
        offset: 4,
        transactionId: api.records[4]!.transactionId,
        reasons: ['transactionDate: "2026-11-15T25:00:00Z" is not an ISO 8601 date-time'],
      },
    ]);
  });

  it("leaves out MISSING records when showMissing is false (the fake pages like the real API)", async () => {
    api.records = generateFundingRecords(14);
    const pages = await collect(options({ showMissing: false }));
    expect(pages[0]!.records.some((r) => r.status === "MISSING")).toBe(false);
    expect(pages[0]!.records).toHaveLength(12);
  });
});
