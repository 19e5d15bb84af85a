// The shop's side of a checkout through the Shop API: a write key made with lib/api-keys,
// carts created with POST /api/v1/financing-requests (the app calls the fake WeGetFinancing
// API started here for Create Request), and the signed approval WeGetFinancing then posts.
import type pg from "pg";

import { createApiKey } from "../../lib/api-keys/create-api-key";
import { signWgfPostback } from "../../lib/providers/wegetfinancing/signature";
import { startFakeWgfApi } from "../../test/fakes/wegetfinancing-api";
import { wgfApproval } from "../../test/provider-requests";
import { guideBody } from "../../test/shop-api-body";
import { withAppDatabase } from "./app-db";
import type { PacedPost } from "./paced-posts";

const MERCHANT_ID = "bench-merchant";

/** The app's environment for Create Request. Called before the app starts; the fake lives as long as this process. */
export async function benchWgfApiEnv(wgf: { username: string; password: string }): Promise<Record<string, string>> {
  const api = await startFakeWgfApi({ merchantId: MERCHANT_ID, ...wgf });
  return { WGF_API_BASE_URL: api.baseUrl, WGF_MERCHANT_ID: MERCHANT_ID };
}

export type Cart = { merchantTransactionId: string; requestToken: string; amount: string };

export async function createShopKey(db: pg.Client, runId: string): Promise<string> {
  const created = await withAppDatabase(db, () =>
    createApiKey({ name: `bench ${runId}`, scope: "write" }, { id: null, email: "bench" }),
  );
  return created.key;
}

/** `count` carts, `concurrency` checkouts at a time; failures say which and why. */
export async function createCarts(
  baseUrl: string,
  key: string,
  options: { runId: string; count: number; concurrency: number },
): Promise<{ carts: Cart[]; failures: string[]; seconds: number }> {
  const carts: Cart[] = [];
  const failures: string[] = [];
  const started = performance.now();
  let next = 0;
  const checkout = async () => {
    while (next < options.count) {
      const merchantTransactionId = `BENCH-${options.runId}-cart-${next++}`;
      const response = await fetch(`${baseUrl}/api/v1/financing-requests`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${key}`,
          "content-type": "application/json",
          "idempotency-key": merchantTransactionId,
        },
        body: JSON.stringify(guideBody({ merchant_transaction_id: merchantTransactionId })),
      });
      const answer = (await response.json()) as { requestToken?: string; amount?: string };
      if (response.status === 201 && answer.requestToken && answer.amount)
        carts.push({ merchantTransactionId, requestToken: answer.requestToken, amount: answer.amount });
      else failures.push(`${merchantTransactionId}: HTTP ${response.status} ${JSON.stringify(answer).slice(0, 200)}`);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, checkout));
  return { carts, failures, seconds: (performance.now() - started) / 1000 };
}

/** WeGetFinancing's approval of `cart`, signed as it signs postbacks. */
export function approvalPost(cart: Cart, wgf: { username: string; password: string }): PacedPost {
  const body = JSON.stringify(wgfApproval(cart.requestToken, cart.merchantTransactionId, cart.amount));
  const timestamp = String(Math.floor(Date.now() / 1000));
  return {
    path: "/api/postbacks/wegetfinancing",
    body,
    headers: {
      "content-type": "application/json",
      "x-timestamp": timestamp,
      "x-signature": signWgfPostback(body, wgf, timestamp),
    },
  };
}
