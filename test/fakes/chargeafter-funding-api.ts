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

/** A record as ChargeAfter sends it (amounts are JSON numbers, times ISO 8601 strings). */
export type FakeFundingRecord = {
  chargeId: string;
  transactionId: string;
  transactionType: string;
  transactionDate: string;
  transactionAmount: number;
  discountAmount: number;
  netAmount: number;
  fundedAt: string | null;
  updatedAt: string;
  status: string;
  lenderName: string | null;
  lenderReferenceId: string | null;
  merchantOrderId: string | null;
  merchantTransactionId: string | null;
  productType: string | null;
  promoCode: string | null;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
};

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

// ---------------------------------------------------------------- realistic records

export const FAKE_STATUSES = [
  "RECONCILED",
  "TYPE_MISMATCH",
  "AMOUNT_MISMATCH",
  "MISSING",
  "ORIGINAL_TRANSACTION_MISSING",
  "MISMATCHED",
  "CHARGEBACK",
] as const;
export const FAKE_TRANSACTION_TYPES = ["Authorize", "Settle", "Refund", "Void", "Chargeback", "Reversal"] as const;
export const FAKE_PRODUCT_TYPES = ["LineOfCredit", "Installments", "LeaseToOwn", "MerchantSelfFinancing"] as const;
const LENDERS = ["Finara", "Acme Credit", "Northwind Lending", "Bluefin", "Sunrise Pay"];
const FIRST = ["Ada", "Grace", "Alan", "Zoë", "Barbara", "José", "Margaret", "Ken", "Søren", "Radia"];
const LAST = [
  "Lovelace",
  "Hopper",
  "Turing",
  "Müller",
  "Liskov",
  "O'Brien",
  "Hamilton",
  "Thompson",
  "Nguyễn",
  "Perlman",
];

export type GenerateOptions = {
  /** Same seed, same records. */
  seed?: number;
  /** Transaction dates are spread evenly over these inclusive UTC days. */
  fromDate?: string;
  toDate?: string;
  /** Numbering of ids starts here (to add records to an existing set). */
  startIndex?: number;
  /** Prefix of ids, so several sets never collide. */
  idPrefix?: string;
};

/**
 * `count` realistic records, cycling through every status, transaction type and product
 * type (so any 42 consecutive records hold every status × type pair). Amounts are computed in
 * integer cents and then written as numbers with at most two decimals, e.g. 1299.99.
 */
export function generateFundingRecords(count: number, options: GenerateOptions = {}): FakeFundingRecord[] {
  const random = mulberry32(options.seed ?? 1);
  const from = Date.parse(`${options.fromDate ?? "2026-10-01"}T00:00:00Z`);
  const to = Date.parse(`${options.toDate ?? "2026-11-30"}T00:00:00Z`) + 86_400_000 - 1;
  const prefix = options.idPrefix ?? "ca";
  const start = options.startIndex ?? 0;
  const records: FakeFundingRecord[] = [];
  for (let i = start; i < start + count; i++) {
    const status = FAKE_STATUSES[i % FAKE_STATUSES.length]!;
    const transactionType =
      FAKE_TRANSACTION_TYPES[Math.floor(i / FAKE_STATUSES.length) % FAKE_TRANSACTION_TYPES.length]!;
    const productType = FAKE_PRODUCT_TYPES[i % FAKE_PRODUCT_TYPES.length]!;
    const transactionCents = 5_000 + Math.floor(random() * 995_000); // $50.00 – $9,999.99
    const discountCents = Math.round((transactionCents * (150 + Math.floor(random() * 650))) / 10_000); // 1.5 % – 8 %
    const sign =
      transactionType === "Refund" || transactionType === "Chargeback" || transactionType === "Reversal" ? -1 : 1;
    const at = from + Math.floor(((i - start + random()) / Math.max(count, 1)) * (to - from));
    const transactionDate = new Date(Math.min(at, to));
    const funded = status !== "MISSING" && transactionType !== "Authorize";
    const fundedAt = funded ? new Date(transactionDate.getTime() + (1 + Math.floor(random() * 4)) * 86_400_000) : null;
    const first = FIRST[i % FIRST.length]!;
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
    const n = String(i).padStart(8, "0");
    records.push({
      chargeId: status === "MISSING" ? `${prefix}_chg_missing_${n}` : `${prefix}_chg_${n}`,
      transactionId: `${prefix}_txn_${n}`,
      transactionType,
      transactionDate: transactionDate.toISOString(),
      transactionAmount: centsToNumber(sign * transactionCents),
      discountAmount: centsToNumber(sign * discountCents),
      netAmount: centsToNumber(sign * (transactionCents - discountCents)),
      fundedAt: fundedAt?.toISOString() ?? null,
      updatedAt: (fundedAt ?? transactionDate).toISOString(),
      status,
      lenderName: LENDERS[i % LENDERS.length]!,
      lenderReferenceId: `LR-${n}`,
      merchantOrderId: `ORD-${n}`,
      merchantTransactionId: `MT-${n}`,
      productType,
      promoCode: i % 3 === 0 ? null : `PROMO${(i % 12) + 1}`,
      firstName: first,
      lastName: last,
      email: `${first}.${last}.${i}@example.com`.toLowerCase().replace(/[^a-z0-9.@]/g, ""),
    });
  }
  return records;
}

/** Cents as the JSON number ChargeAfter would send: Number("1299.99"), never cents / 100. */
export function centsToNumber(cents: number): number {
  return Number(centsToText(cents));
}

export function centsToText(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** A small seeded PRNG: reproducible records without a dependency. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
