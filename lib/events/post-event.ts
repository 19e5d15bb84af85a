// One HTTP attempt of an event to an endpoint, signed per Standard Webhooks with the
// standardwebhooks package. A 2xx within 15 s is success; redirects are not followed (a 3xx is
// a failure); only the first 1 KB of the answer is read and kept.
import { Webhook } from "standardwebhooks";

export const ATTEMPT_TIMEOUT_MS = 15_000;
const EXCERPT_BYTES = 1024;

export type AttemptResult = {
  ok: boolean;
  httpStatus: number | null;
  durationMs: number;
  excerpt: string | null;
  error: string | null;
};

export async function postEvent(url: string, secret: string, eventId: string, body: string): Promise<AttemptResult> {
  const started = performance.now();
  const now = new Date();
  const headers = {
    "content-type": "application/json",
    "user-agent": "financing-desk-events/1",
    "webhook-id": eventId,
    "webhook-timestamp": String(Math.floor(now.getTime() / 1000)),
    "webhook-signature": new Webhook(secret).sign(eventId, now, body),
  };
  const signal = AbortSignal.timeout(ATTEMPT_TIMEOUT_MS);
  try {
    const response = await fetch(url, { method: "POST", headers, body, redirect: "manual", signal });
    const excerpt = await readExcerpt(response);
    const ok = response.status >= 200 && response.status < 300;
    return {
      ok,
      httpStatus: response.status,
      durationMs: Math.round(performance.now() - started),
      excerpt,
      error: ok ? null : `HTTP ${response.status}`,
    };
  } catch (error) {
    const timedOut = signal.aborted;
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return {
      ok: false,
      httpStatus: null,
      durationMs: Math.round(performance.now() - started),
      excerpt: null,
      error: timedOut
        ? `No answer within ${ATTEMPT_TIMEOUT_MS / 1000} s`
        : (cause?.code ?? cause?.message ?? (error as Error).message).slice(0, 500),
    };
  }
}

async function readExcerpt(response: Response): Promise<string | null> {
  if (!response.body) return null;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < EXCERPT_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } finally {
    void reader.cancel().catch(() => {});
  }
  const text = Buffer.concat(chunks).subarray(0, EXCERPT_BYTES).toString("utf8");
  return text.replaceAll("\u0000", "\uFFFD") || null;
}
