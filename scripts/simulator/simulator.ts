// The simulator as one object: provider APIs up, a plan built from the seed, journeys
// sent to the dashboard, Create Request postbacks played in the background. Used by
// `npm run simulator` and `npm run demo`.
import { createPostbackScheduler } from "./create-request-postbacks";
import type { SimulatorCredentials } from "./credentials";
import { buildPlan, type Plan } from "./plan";
import { startProviderApis, type ProviderApis } from "./provider-apis";
import { httpPost, sendJourneys, type DeliveryResult, type Post } from "./send";

export type Simulator = {
  apis: ProviderApis;
  plan: Plan;
  /** Every answer so far: journeys and Create Request postbacks. */
  results: DeliveryResult[];
  /** Sends the plan's journeys to the target; resolves with their answers. */
  sendJourneys(onResult?: (result: DeliveryResult) => void): Promise<DeliveryResult[]>;
  /** Waits until every Create Request's postbacks have been sent. */
  postbacksIdle(): Promise<void>;
  stop(): Promise<void>;
};

export type StartSimulatorOptions = {
  target?: string;
  /** Overrides HTTP (tests hand deliveries to the route handlers). */
  post?: Post;
  journeys: number;
  seed: number;
  now: Date;
  days: number;
  concurrency: number;
  port: number;
  postbackDelayMs: number;
  credentials: SimulatorCredentials;
  log?: (line: string) => void;
};

export async function startSimulator(options: StartSimulatorOptions): Promise<Simulator> {
  const post = options.post ?? (options.target ? httpPost(options.target) : undefined);
  const results: DeliveryResult[] = [];
  const plan = buildPlan({
    seed: options.seed,
    journeys: options.journeys,
    credentials: options.credentials,
    now: options.now,
    days: options.days,
  });
  const scheduler = createPostbackScheduler({
    seed: options.seed,
    credentials: options.credentials,
    // Postbacks go to the postback_url of each request, whatever the target.
    post: options.post ?? httpPost("http://127.0.0.1"),
    delayMs: options.postbackDelayMs,
    onResult: (result) => results.push(result),
    log: options.log,
  });
  const apis = await startProviderApis({
    port: options.port,
    credentials: options.credentials,
    onCreateRequest: (request) => scheduler.schedule(request),
  });
  apis.load(plan);

  return {
    apis,
    plan,
    results,
    async sendJourneys(onResult) {
      if (!post) throw new Error("no target to send to");
      return sendJourneys(plan.journeys, {
        post,
        concurrency: options.concurrency,
        onResult: (result) => {
          results.push(result);
          onResult?.(result);
        },
      });
    },
    postbacksIdle: () => scheduler.idle(),
    async stop() {
      scheduler.stop();
      await scheduler.idle();
      await apis.close();
    },
  };
}
