// What WeGetFinancing does after a Create Request: its lenders decide over the next
// moments and it posts each decision to the request's postback_url, signed, in the
// JSON 1.9 form the request asked for; sometimes a retry of the same body.
import type { FakeWgfRequest } from "../../test/fakes/wegetfinancing-api";
import type { SimulatorCredentials } from "./credentials";
import { resend, type Delivery } from "./deliveries";
import { createRandom, deriveSeed } from "./random";
import { sendDelivery, type DeliveryResult, type Post } from "./send";
import { pickWgfOutcome, wgfSteps } from "./wgf-journeys";
import { wgfDelivery, type WgfFormat } from "./wgf-postbacks";

export type PostbackScheduler = {
  /** Plays the postbacks of one accepted Create Request in the background. */
  schedule(request: FakeWgfRequest): void;
  /** Resolves when every scheduled postback has been answered. */
  idle(): Promise<void>;
  /** Stops scheduling and drops waiting postbacks. */
  stop(): void;
};

type Options = {
  seed: number;
  credentials: SimulatorCredentials;
  post: Post;
  /** Average gap between one request's postbacks. */
  delayMs: number;
  onResult?: (result: DeliveryResult, request: FakeWgfRequest) => void;
  log?: (line: string) => void;
};

export function createPostbackScheduler(options: Options): PostbackScheduler {
  const running = new Set<Promise<void>>();
  const waiting = new Map<NodeJS.Timeout, (go: boolean) => void>();
  let stopped = false;
  /** True after `ms`, false at once when the scheduler is stopped meanwhile. */
  const wait = (ms: number) =>
    new Promise<boolean>((resolve) => {
      if (stopped) return resolve(false);
      const timer = setTimeout(() => {
        waiting.delete(timer);
        resolve(!stopped);
      }, ms);
      waiting.set(timer, resolve);
    });

  const play = async (request: FakeWgfRequest) => {
    const body = request.body;
    const postbackUrl = typeof body.postback_url === "string" ? body.postback_url : undefined;
    const merchantTransactionId = String(body.merchant_transaction_id);
    if (!postbackUrl) {
      options.log?.(`Create Request ${merchantTransactionId} came without postback_url: no postbacks sent`);
      return;
    }
    const random = createRandom(deriveSeed(options.seed, merchantTransactionId));
    const outcome = pickWgfOutcome(random);
    const format: WgfFormat = random.chance(0.7) ? "json-1.9-flat" : "json-1.9-nested";
    const signing = {
      username: options.credentials.wgf.postbackUsername,
      password: options.credentials.wgf.postbackPassword,
    };
    const deliveries: Delivery[] = wgfSteps(outcome, random, {
      requestToken: request.requestToken,
      merchantTransactionId,
      totalCents: toCents(String(body.amount)),
    }).map((facts) => wgfDelivery(format, facts, signing));
    if (random.chance(0.25))
      deliveries.splice(random.int(1, deliveries.length), 0, resend(deliveries[random.int(0, deliveries.length - 1)]!));
    options.log?.(
      `Create Request ${merchantTransactionId} (${request.requestToken}): ${outcome}, ${deliveries.length} postbacks to ${postbackUrl}`,
    );
    for (const delivery of deliveries) {
      if (!(await wait(Math.round(options.delayMs * (0.5 + random.next()))))) return;
      const result = await sendDelivery(delivery, { post: options.post }, postbackUrl);
      options.onResult?.(result, request);
    }
  };

  return {
    schedule(request) {
      if (stopped) return;
      const task = play(request).catch((error: Error) =>
        options.log?.(`postbacks for ${request.requestToken} failed: ${error.message}`),
      );
      running.add(task);
      void task.finally(() => running.delete(task));
    },
    async idle() {
      while (running.size) await Promise.all([...running]);
    },
    stop() {
      stopped = true;
      for (const [timer, resolve] of waiting) {
        clearTimeout(timer);
        resolve(false);
      }
      waiting.clear();
    },
  };
}

/** "1234.5" / "1234.56" → 123456, exactly. */
function toCents(amount: string): number {
  const [whole, fraction = ""] = amount.split(".");
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0").slice(0, 2));
}
