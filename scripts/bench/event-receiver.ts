// A merchant's event receiver on 127.0.0.1: answers 204 at once, records each webhook-id's
// first arrival (Date.now(), the clock the load generator stamps answers with), counts
// repeats, and verifies the Standard Webhooks signature of a sample with `standardwebhooks`.
import http from "node:http";
import type { AddressInfo } from "node:net";

import { Webhook } from "standardwebhooks";

import { sleep } from "../support/child-output";

export type Arrival = { path: string; at: number; type: string; data: Record<string, unknown> };

export type EventReceiver = {
  url: string;
  /** First arrival per webhook-id. */
  arrivals: Map<string, Arrival>;
  stats: { requests: number; repeats: number; verified: number; badSignatures: number; unreadable: number };
  /** The secret of the endpoint at `path`; a sample of its events is verified with it. */
  setSecret(path: string, secret: string): void;
  waitUntil(done: () => boolean, timeoutMs: number): Promise<boolean>;
  close(): Promise<void>;
};

/** Every VERIFY_EVERY-th request is verified, and every one to a path listed in `verifyAll`. */
const VERIFY_EVERY = 10;

export async function startEventReceiver(verifyAll: string[] = []): Promise<EventReceiver> {
  const arrivals = new Map<string, Arrival>();
  const stats = { requests: 0, repeats: 0, verified: 0, badSignatures: 0, unreadable: 0 };
  const secrets = new Map<string, Webhook>();

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const at = Date.now();
      res.writeHead(204).end();
      const path = req.url ?? "/";
      const id = String(req.headers["webhook-id"] ?? "");
      const body = Buffer.concat(chunks).toString("utf8");
      const n = stats.requests++;
      const signer = secrets.get(path);
      if (signer && (n % VERIFY_EVERY === 0 || verifyAll.includes(path))) {
        try {
          signer.verify(body, req.headers as Record<string, string>);
          stats.verified++;
        } catch {
          stats.badSignatures++;
        }
      }
      if (arrivals.has(id)) return void stats.repeats++;
      try {
        const event = JSON.parse(body) as { type: string; data: Record<string, unknown> };
        arrivals.set(id, { path, at, type: event.type, data: event.data });
      } catch {
        stats.unreadable++;
      }
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    arrivals,
    stats,
    setSecret: (path, secret) => void secrets.set(path, new Webhook(secret)),
    async waitUntil(done, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while (!done()) {
        if (Date.now() > deadline) return false;
        await sleep(20);
      }
      return true;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
