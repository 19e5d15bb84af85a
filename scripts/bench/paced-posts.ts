// A rate-limited load: POSTs started at a steady `perSecond` (not in bursts), over at most
// `connections` keep-alive sockets, each built by `next()`. A request's latency counts from
// when it was due, so time spent waiting for a free socket is in it.
import http from "node:http";

import { sleep } from "../support/child-output";
import { dueCount, summarize, type Summary } from "./stats";

export type PacedPost = {
  path: string;
  headers: Record<string, string>;
  body: string;
  /** Called with the status and Date.now() when the answer has been read. */
  answered?: (status: number, at: number) => void;
};

export type PacedResult = {
  targetPerSecond: number;
  sent: number;
  seconds: number;
  perSecond: number;
  statusCodes: Record<string, number>;
  errors: number;
  latencyMs: Summary;
};

export async function pacedPosts(
  baseUrl: string,
  options: { perSecond: number; seconds: number; connections: number; next: () => PacedPost },
): Promise<PacedResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const statusCodes: Record<string, number> = {};
  const latencies: number[] = [];
  let errors = 0;
  const inFlight = new Set<Promise<void>>();

  const send = (post: PacedPost) =>
    new Promise<void>((resolve) => {
      const due = performance.now();
      const request = http.request(`${baseUrl}${post.path}`, { method: "POST", agent, headers: post.headers });
      request.setTimeout(30_000, () => request.destroy(new Error("timeout")));
      request.on("response", (response) => {
        response.resume();
        response.on("end", () => {
          const status = response.statusCode ?? 0;
          latencies.push(performance.now() - due);
          statusCodes[status] = (statusCodes[status] ?? 0) + 1;
          post.answered?.(status, Date.now());
          resolve();
        });
      });
      request.on("error", () => {
        errors++;
        resolve();
      });
      request.end(post.body);
    });

  const started = performance.now();
  let sent = 0;
  for (;;) {
    const elapsed = performance.now() - started;
    if (elapsed >= options.seconds * 1000) break;
    for (const due = dueCount(elapsed, options.perSecond); sent < due; sent++) {
      const pending = send(options.next());
      inFlight.add(pending);
      void pending.then(() => inFlight.delete(pending));
    }
    await sleep(2);
  }
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(inFlight);
  agent.destroy();
  return {
    targetPerSecond: options.perSecond,
    sent,
    seconds,
    perSecond: sent / seconds,
    statusCodes,
    errors,
    latencyMs: summarize(latencies),
  };
}
