// Sends journeys to a dashboard: a few journeys at a time (each journey's deliveries one
// after another, as a provider sends one subject's events), retrying like a provider on
// 503 and on connection errors, and recording every answer.
import { pathOf, requestInit, type Delivery, type Journey } from "./deliveries";

/** Posts to the dashboard: `path` is the receiver path, or a full URL (a postback_url). */
export type Post = (path: string, init: RequestInit) => Promise<Response>;

export type DeliveryResult = {
  delivery: Delivery;
  /** The HTTP status of the last attempt; 0 when the dashboard could not be reached. */
  status: number;
  duplicate?: boolean;
  attempts: number;
  /** True when the answer is what the README says it must be. */
  asExpected: boolean;
  error?: string;
};

export type SendOptions = {
  post: Post;
  concurrency?: number;
  retries?: number;
  retryDelayMs?: number;
  onResult?: (result: DeliveryResult) => void;
};

/** Every journey, at most `concurrency` at a time; resolves when all are answered. */
export async function sendJourneys(journeys: Journey[], options: SendOptions): Promise<DeliveryResult[]> {
  const results: DeliveryResult[] = [];
  let next = 0;
  const worker = async () => {
    while (next < journeys.length) {
      const journey = journeys[next++]!;
      for (const delivery of journey.deliveries) {
        const result = await sendDelivery(delivery, options);
        results.push(result);
        options.onResult?.(result);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 8, journeys.length)) }, worker));
  return results;
}

/** One delivery; `url` overrides the receiver path (WGF posts to the postback_url it was given). */
export async function sendDelivery(
  delivery: Delivery,
  options: SendOptions,
  url = pathOf(delivery),
): Promise<DeliveryResult> {
  const retries = options.retries ?? 3;
  let attempts = 0;
  let status = 0;
  let error: string | undefined;
  let answer: unknown;
  for (;;) {
    attempts++;
    error = undefined;
    answer = undefined;
    try {
      // Signed again on every attempt: a fresh x-timestamp, as WGF does on a retry.
      const response = await options.post(url, requestInit(delivery));
      status = response.status;
      const text = await response.text();
      try {
        answer = JSON.parse(text);
      } catch {
        answer = undefined;
      }
    } catch (caught) {
      status = 0;
      error = (caught as Error).message;
    }
    if ((status !== 0 && status !== 503) || attempts > retries) break;
    await new Promise((resolve) => setTimeout(resolve, (options.retryDelayMs ?? 1000) * 2 ** (attempts - 1)));
  }
  const duplicate =
    status === 200 && typeof answer === "object" && answer !== null
      ? (answer as { duplicate?: unknown }).duplicate === true
      : undefined;
  const asExpected =
    status === delivery.expect.status &&
    (delivery.expect.duplicate === undefined || duplicate === delivery.expect.duplicate);
  return { delivery, status, duplicate, attempts, asExpected, ...(error ? { error } : {}) };
}

/** Post over HTTP to `target` (a base URL such as http://127.0.0.1:3000). */
export function httpPost(target: string, timeoutMs = 30_000): Post {
  const base = target.replace(/\/+$/, "");
  return (path, init) =>
    fetch(/^https?:\/\//.test(path) ? path : `${base}${path}`, { ...init, signal: AbortSignal.timeout(timeoutMs) });
}
