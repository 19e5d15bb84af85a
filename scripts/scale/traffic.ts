// Signed provider traffic through the balancer, sent as providers send it: each delivery is
// retried until it is acknowledged (2xx), a few are sent twice on purpose (duplicates). Each
// attempt carries its own x-scale-attempt header, so a stored row names the attempt it was.
import { randomUUID } from "node:crypto";

import { signWgfPostback } from "../../lib/providers/wegetfinancing/signature";
import { CA_AUTHORIZATION, WGF_CREDENTIALS, wgfApproval } from "../../test/provider-requests";
import { chargeAfterWebhooks, wgfPostbacks } from "../bench/payloads";
import { sleep } from "../support/child-output";

export type Delivery = { kind: string; path: string; body: string; headers: Record<string, string> };
export type Attempt = { tag: string; kind: string; status: number | "error" };
export type Cart = { merchantTransactionId: string; requestToken: string; amount: string };

const WGF_PATH = "/api/postbacks/wegetfinancing";
const CA_PATH = "/api/webhooks/chargeafter";

/** A signed WeGetFinancing approval of a cart the Shop API created. */
export function approvalOf(cart: Cart): Delivery {
  const body = JSON.stringify(wgfApproval(cart.requestToken, cart.merchantTransactionId, cart.amount));
  const timestamp = String(Math.floor(Date.now() / 1000));
  return {
    kind: "approval",
    path: WGF_PATH,
    body,
    headers: {
      "content-type": "application/json",
      "x-timestamp": timestamp,
      "x-signature": signWgfPostback(body, WGF_CREDENTIALS, timestamp),
    },
  };
}

/** `count` unique deliveries of each provider (the benchmark's builders), every tenth sent twice, plus two approvals per cart. */
export function buildTraffic(runId: string, count: number, carts: Cart[]): Delivery[] {
  const wgf = wgfPostbacks(runId, WGF_CREDENTIALS);
  const ca = chargeAfterWebhooks(runId, CA_AUTHORIZATION);
  const out: Delivery[] = [];
  for (let i = 0; i < count; i++) {
    const w = wgf({} as never);
    const c = ca({} as never);
    const pair: Delivery[] = [
      { kind: "wgf", path: WGF_PATH, body: String(w.body), headers: w.headers as Record<string, string> },
      { kind: "chargeafter", path: CA_PATH, body: String(c.body), headers: c.headers as Record<string, string> },
    ];
    out.push(...pair);
    if (i % 10 === 0) out.push(...pair.map((d) => ({ ...d, kind: `${d.kind} duplicate` })));
  }
  for (const cart of carts) {
    const approval = approvalOf(cart);
    out.push(approval, { ...approval, kind: "approval duplicate" });
  }
  // Spread evenly: approvals and duplicates land before, during and after the kill.
  return out
    .map((d, i) => ({ d, key: (i * 7919) % out.length }))
    .sort((a, b) => a.key - b.key)
    .map(({ d }) => d);
}

/** Sends until each is acknowledged (at most `tries` attempts each); calls `progress` after each delivery. */
export async function sendAll(
  baseUrl: string,
  deliveries: Delivery[],
  options: { concurrency: number; tries: number; progress?: (done: number) => void | Promise<void> },
): Promise<{ attempts: Attempt[]; unacknowledged: Delivery[] }> {
  const attempts: Attempt[] = [];
  const unacknowledged: Delivery[] = [];
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < deliveries.length) {
      const delivery = deliveries[next++]!;
      let acked = false;
      for (let attempt = 0; attempt < options.tries && !acked; attempt++) {
        const tag = randomUUID();
        let status: number | "error" = "error";
        try {
          const response = await fetch(`${baseUrl}${delivery.path}`, {
            method: "POST",
            headers: { ...delivery.headers, "x-scale-attempt": tag },
            body: delivery.body,
            signal: AbortSignal.timeout(30_000),
          });
          await response.body?.cancel();
          status = response.status;
        } catch {
          // No answer: the provider tries again.
        }
        attempts.push({ tag, kind: delivery.kind, status });
        acked = typeof status === "number" && status >= 200 && status < 300;
        if (!acked) await sleep(300 * (attempt + 1));
      }
      if (!acked) unacknowledged.push(delivery);
      await options.progress?.(++done);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return { attempts, unacknowledged };
}
