// ChargeAfter's funding report, page by page: GET {base}/v2/post-sale/fundings/report with
// offset/limit until a short page. Transient failures (network errors, 429, 5xx) are retried
// with exponential backoff and jitter, honouring Retry-After; anything else becomes a
// FundingReportError worded for the finance person who will read it. Server only.
import { parseFundingRecord, type FundingRecordInput } from "./funding-record-schema";

export type InvalidFundingRecord = {
  /** Position in the report (offset of the page + index on the page). */
  offset: number;
  transactionId: string | null;
  reasons: string[];
};

export type FundingReportPage = {
  offset: number;
  records: FundingRecordInput[];
  /** Records that failed validation: reported, never silently dropped. */
  invalid: InvalidFundingRecord[];
};

export type RetryPolicy = { attempts: number; baseDelayMs: number; maxDelayMs: number };

export type FetchFundingReportOptions = {
  /** Inclusive days, YYYY-MM-DD. */
  fromDate: string;
  toDate: string;
  baseUrl: string;
  privateKey: string;
  fetch?: typeof fetch;
  pageSize?: number;
  showMissing?: boolean;
  retry?: Partial<RetryPolicy>;
  /** Per request; a request that takes longer is a network error (retried). */
  timeoutMs?: number;
  signal?: AbortSignal;
  onPage?: (page: { offset: number; received: number; invalid: number }) => void;
  /** For tests: how to wait between attempts. */
  sleep?: (ms: number) => Promise<void>;
};

export class FundingReportError extends Error {
  readonly status: number | null;
  readonly requestId: string | null;
  constructor(message: string, options: { status?: number | null; requestId?: string | null; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "FundingReportError";
    this.status = options.status ?? null;
    this.requestId = options.requestId ?? null;
  }
}

const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 500, maxDelayMs: 30_000 };
const PATH = "/v2/post-sale/fundings/report";

/** Yields the report page by page; stops after the first page shorter than pageSize. */
export async function* fetchFundingReport(options: FetchFundingReportOptions): AsyncGenerator<FundingReportPage> {
  const pageSize = options.pageSize ?? 1000;
  for (let offset = 0; ; offset += pageSize) {
    const body = await requestPage(options, offset, pageSize);
    const page = readPage(body, offset);
    options.onPage?.({ offset, received: page.records.length + page.invalid.length, invalid: page.invalid.length });
    yield page;
    if (page.records.length + page.invalid.length < pageSize) return;
  }
}

function pageUrl(options: FetchFundingReportOptions, offset: number, limit: number): string {
  const query = new URLSearchParams({
    fromDate: options.fromDate,
    toDate: options.toDate,
    offset: String(offset),
    limit: String(limit),
    showMissing: String(options.showMissing ?? true),
  });
  return `${options.baseUrl.replace(/\/+$/, "")}${PATH}?${query}`;
}

async function requestPage(options: FetchFundingReportOptions, offset: number, limit: number): Promise<unknown> {
  const retry = { ...DEFAULT_RETRY, ...options.retry };
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const url = pageUrl(options, offset, limit);
  for (let attempt = 1; ; attempt++) {
    const last = attempt >= retry.attempts;
    let response: Response;
    try {
      const timeout = AbortSignal.timeout(options.timeoutMs ?? 60_000);
      const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
      response = await doFetch(url, {
        headers: { authorization: `Bearer ${options.privateKey}`, accept: "application/json" },
        signal,
      });
      if (response.ok) return await readJson(response);
    } catch (error) {
      if (options.signal?.aborted) throw error;
      if (error instanceof FundingReportError) throw error;
      if (last)
        throw new FundingReportError(
          `Could not reach ChargeAfter at ${new URL(url).origin} after ${attempt} attempts (${describeNetworkError(error)}). Try again later.`,
          { cause: error },
        );
      await sleep(backoff(retry, attempt, null));
      continue;
    }
    const transient = response.status === 429 || response.status >= 500;
    if (!transient || last) throw await responseError(response, attempt);
    await response.body?.cancel().catch(() => {});
    await sleep(backoff(retry, attempt, response.headers.get("retry-after")));
  }
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new FundingReportError(
      "ChargeAfter answered with something that is not a funding report (not JSON). Try again later; if it persists, contact ChargeAfter.",
      {
        status: response.status,
      },
    );
  }
}

function readPage(body: unknown, offset: number): FundingReportPage {
  const records = (body as { records?: unknown } | null)?.records;
  if (!Array.isArray(records)) {
    throw new FundingReportError(
      "ChargeAfter answered with something that is not a funding report (no records list). Try again later; if it persists, contact ChargeAfter.",
    );
  }
  const page: FundingReportPage = { offset, records: [], invalid: [] };
  records.forEach((raw, index) => {
    const parsed = parseFundingRecord(raw);
    if (parsed.ok) page.records.push(parsed.record);
    else page.invalid.push({ offset: offset + index, transactionId: parsed.transactionId, reasons: parsed.reasons });
  });
  return page;
}

/** Exponential backoff with full jitter; Retry-After (seconds or an HTTP date) wins when it asks for longer. */
export function backoff(retry: RetryPolicy, attempt: number, retryAfter: string | null): number {
  const exponential = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempt - 1));
  const jittered = exponential / 2 + Math.random() * (exponential / 2);
  const asked = retryAfterMs(retryAfter);
  return Math.min(retry.maxDelayMs, Math.max(jittered, asked ?? 0));
}

function retryAfterMs(value: string | null): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}

type ValidationBody = {
  requestId?: unknown;
  message?: unknown;
  errors?: { field?: unknown; validationState?: unknown; error?: unknown }[];
};

async function responseError(response: Response, attempts: number): Promise<FundingReportError> {
  const text = await response.text().catch(() => "");
  let body: ValidationBody = {};
  try {
    body = JSON.parse(text) as ValidationBody;
  } catch {
    // Not JSON: the status says enough.
  }
  const requestId = typeof body.requestId === "string" ? body.requestId : response.headers.get("x-request-id");
  const ref = requestId ? ` (request id ${requestId})` : "";
  const status = response.status;
  const options = { status, requestId };
  if (status === 401 || status === 403) {
    return new FundingReportError(
      `ChargeAfter did not accept the API key (CHARGEAFTER_PRIVATE_KEY): HTTP ${status}${ref}. Check that it is the merchant's private key for this environment (sandbox or production).`,
      options,
    );
  }
  if (status === 422 || status === 400) {
    const details = Array.isArray(body.errors) ? body.errors.map(describeFieldError).filter(Boolean) : [];
    const reason = details.length
      ? details.join("; ")
      : typeof body.message === "string" && body.message
        ? body.message
        : `HTTP ${status}`;
    return new FundingReportError(`ChargeAfter refused the date range: ${reason}${ref}.`, options);
  }
  if (status === 429)
    return new FundingReportError(
      `ChargeAfter is limiting requests (HTTP 429) and still refused after ${attempts} attempts${ref}. Try again in a few minutes.`,
      options,
    );
  if (status >= 500)
    return new FundingReportError(
      `ChargeAfter had a server error (HTTP ${status}) ${attempts} times in a row${ref}. Try again later.`,
      options,
    );
  const message = typeof body.message === "string" && body.message ? `: ${body.message}` : "";
  return new FundingReportError(
    `ChargeAfter refused the funding report request (HTTP ${status})${message}${ref}.`,
    options,
  );
}

function describeFieldError(error: { field?: unknown; validationState?: unknown; error?: unknown }): string {
  const field = typeof error.field === "string" ? error.field : "";
  const text =
    typeof error.error === "string"
      ? error.error
      : typeof error.validationState === "string"
        ? error.validationState
        : "";
  if (!text) return field;
  return field && !text.toLowerCase().startsWith(field.toLowerCase()) ? `${field} ${text}` : text;
}

function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code) return cause.code;
  if ((error as Error).name === "TimeoutError") return "timed out";
  return (error as Error).message ?? String(error);
}
