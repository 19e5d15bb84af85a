// A fake ChargeAfter funding report API: a real HTTP server on 127.0.0.1 (random port)
// that serves GET /v2/post-sale/fundings/report as the real one does, for tests, the
// benchmark and the provider simulator.
//
//   const api = await startFakeFundingApi({ records: generateFundingRecords(2500) });
//   fetchFundingReport({ baseUrl: api.baseUrl, privateKey: api.privateKey, … });
//   api.failNext(2, "500");              // the next two requests answer 500
//   api.failNext(1, "429", { retryAfterSeconds: 1 });
//   api.failNext(1, "reset");            // the connection is destroyed without an answer
//   api.answer422Next({ errors: [...] }); // the next request is refused as invalid
//   api.records[0].status = "RECONCILED"; // the record set is mutable between syncs
//   await api.close();
//
// It checks `Authorization: Bearer <privateKey>`, pages with offset/limit, leaves out
// MISSING records unless showMissing=true, and filters on transactionDate by the inclusive
// UTC days fromDate..toDate. Amounts are JSON numbers, as the real API sends them.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

import type { FakeFundingRecord } from "./funding-records";

// The records live in funding-records.ts; importers of the fake find them here too.
export type { FakeFundingRecord };
export { generateFundingRecords } from "./funding-records";

export type FailureKind = "500" | "429" | "503" | "reset";

export type FakeRequest = { at: Date; query: Record<string, string>; status: number | "reset" };

export type FakeFundingApi = {
  baseUrl: string;
  privateKey: string;
  /** The provider's records; change, add or remove them freely between requests. */
  records: FakeFundingRecord[];
  /** Every request received, in order (also refused and failed ones). */
  requests: FakeRequest[];
  /** The next `count` requests fail this way, then the API answers normally again. */
  failNext(count: number, kind: FailureKind, options?: { retryAfterSeconds?: number }): void;
  /** The next request is answered 422 with this body (a realistic one by default). */
  answer422Next(body?: Partial<ValidationErrorBody>): void;
  close(): Promise<void>;
};

export type ValidationErrorBody = {
  requestId: string;
  message: string;
  errors: { field: string; validationState: string; error: string }[];
};

export type FakeFundingApiOptions = { privateKey?: string; records?: FakeFundingRecord[]; port?: number };

const PATH = "/v2/post-sale/fundings/report";
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_LIMIT = 5000;

export async function startFakeFundingApi(options: FakeFundingApiOptions = {}): Promise<FakeFundingApi> {
  const privateKey = options.privateKey ?? "ca-private-key-test-0123456789";
  const failures: { kind: FailureKind; retryAfterSeconds?: number }[] = [];
  const refusals: ValidationErrorBody[] = [];
  let requestCounter = 0;

  const api: FakeFundingApi = {
    baseUrl: "",
    privateKey,
    records: options.records ?? [],
    requests: [],
    failNext(count, kind, failOptions = {}) {
      for (let i = 0; i < count; i++) failures.push({ kind, retryAfterSeconds: failOptions.retryAfterSeconds });
    },
    answer422Next(body = {}) {
      refusals.push({
        requestId: body.requestId ?? `req_${++requestCounter}`,
        message: body.message ?? "Validation failed",
        errors: body.errors ?? [
          { field: "toDate", validationState: "Invalid", error: "toDate must be after fromDate" },
        ],
      });
    },
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const query = Object.fromEntries(url.searchParams);
    const log = (status: number | "reset") => api.requests.push({ at: new Date(), query, status });

    const failure = failures.shift();
    if (failure?.kind === "reset") {
      log("reset");
      request.socket.destroy();
      return;
    }
    if (failure) {
      const status = Number(failure.kind);
      log(status);
      const headers: Record<string, string> =
        failure.retryAfterSeconds !== undefined ? { "retry-after": String(failure.retryAfterSeconds) } : {};
      return sendJson(
        response,
        status,
        { message: status === 429 ? "Too Many Requests" : "Internal Server Error" },
        headers,
      );
    }
    const refusal = refusals.shift();
    if (refusal) {
      log(422);
      return sendJson(response, 422, refusal);
    }
    const answer = answerReport(request, url, api, () => `req_${++requestCounter}`);
    log(answer.status);
    sendJson(response, answer.status, answer.body);
  });
  // Keep-alive connections must not hold close() up.
  server.keepAliveTimeout = 1000;

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  api.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = api.close;
  api.close = () => {
    server.closeAllConnections();
    return close();
  };
  return api;
}

function answerReport(
  request: IncomingMessage,
  url: URL,
  api: FakeFundingApi,
  requestId: () => string,
): { status: number; body: unknown } {
  if (request.method !== "GET" || url.pathname !== PATH) return { status: 404, body: { message: "Not Found" } };
  if (request.headers.authorization !== `Bearer ${api.privateKey}`)
    return { status: 401, body: { requestId: requestId(), message: "Unauthorized" } };

  const params = url.searchParams;
  const fromDate = params.get("fromDate") ?? "";
  const toDate = params.get("toDate") ?? "";
  const offset = params.has("offset") ? Number(params.get("offset")) : 0;
  const limit = params.has("limit") ? Number(params.get("limit")) : 1000;
  const errors: ValidationErrorBody["errors"] = [];
  if (!DAY.test(fromDate))
    errors.push({ field: "fromDate", validationState: "Invalid", error: "fromDate must be a date (YYYY-MM-DD)" });
  if (!DAY.test(toDate))
    errors.push({ field: "toDate", validationState: "Invalid", error: "toDate must be a date (YYYY-MM-DD)" });
  if (!errors.length && toDate < fromDate)
    errors.push({ field: "toDate", validationState: "Invalid", error: "toDate must be after fromDate" });
  if (!Number.isInteger(offset) || offset < 0)
    errors.push({ field: "offset", validationState: "Invalid", error: "offset must be a non-negative integer" });
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
    errors.push({ field: "limit", validationState: "Invalid", error: `limit must be between 1 and ${MAX_LIMIT}` });
  if (errors.length) return { status: 422, body: { requestId: requestId(), message: "Validation failed", errors } };

  const showMissing = params.get("showMissing") === "true";
  const selected = selection(api.records, { fromDate, toDate, showMissing, offset });
  return { status: 200, body: { records: selected.slice(offset, offset + limit) } };
}

// The filtered list is kept while a client walks the pages of one query, and rebuilt at
// offset 0 (a new walk), so changes made between syncs are always seen.
let cached: { records: FakeFundingRecord[]; key: string; selected: FakeFundingRecord[] } | undefined;

function selection(
  records: FakeFundingRecord[],
  query: { fromDate: string; toDate: string; showMissing: boolean; offset: number },
) {
  const key = `${query.fromDate}|${query.toDate}|${query.showMissing}|${records.length}`;
  if (query.offset > 0 && cached?.records === records && cached.key === key) return cached.selected;
  const selected = records.filter((record) => {
    if (!query.showMissing && record.status === "MISSING") return false;
    const day = record.transactionDate.slice(0, 10);
    return day >= query.fromDate && day <= query.toDate;
  });
  cached = { records, key, selected };
  return selected;
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}
