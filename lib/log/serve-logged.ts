// The custom server's per-request step (scripts/serve.ts): an id for the request (set as
// X-Request-Id on the request Next sees and on the answer), the work run in its context so
// every logger line names it, and one line when the answer is done: method, path (never the
// query string, which may hold tokens), status and milliseconds. Health checks and metric
// scrapes log at debug: a balancer's probes would drown the rest.
// A receiver's answer is also counted here, by provider and status (lib/metrics).
import type { IncomingMessage, ServerResponse } from "node:http";

import type pino from "pino";

import type { Provider } from "@/lib/db/generated/enums";
import { countDeliveryReceived } from "@/lib/metrics/delivery-metrics";

import { logger } from "./logger";
import { runInRequestContext } from "./request-context";
import { requestIdFrom } from "./request-id";

const RECEIVERS: Record<string, Provider> = {
  "/api/postbacks/wegetfinancing": "WEGETFINANCING",
  "/api/webhooks/chargeafter": "CHARGEAFTER",
};

const QUIET = /^\/api\/(health|metrics)(\/|$)/;
const MAX_PATH = 200;

export function serveLogged(
  req: IncomingMessage,
  res: ServerResponse,
  handle: () => unknown,
  log: pino.Logger = logger,
): void {
  const requestId = requestIdFrom(req.headers["x-request-id"]);
  req.headers["x-request-id"] = requestId;
  res.setHeader("X-Request-Id", requestId);
  const path = (req.url ?? "/").split("?")[0]!.slice(0, MAX_PATH);
  const started = process.hrtime.bigint();
  runInRequestContext({ requestId }, () => {
    res.once("close", () => {
      const durationMs = Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10;
      const line = { requestId, method: req.method, path, status: res.statusCode, durationMs };
      const aborted = res.writableFinished ? {} : { aborted: true };
      log[QUIET.test(path) ? "debug" : "info"]({ ...line, ...aborted }, "request");
      const provider = RECEIVERS[path];
      if (provider) countDeliveryReceived(provider, res.statusCode);
    });
    handle();
  });
}
