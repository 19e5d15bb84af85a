// The shop's side of outbound events: a local endpoint that records every post (its
// webhook-id and body) and answers 500 to every seventh, so some events are retried.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type ReceivedEvent = { webhookId: string; body: string; answered: number };

export type EventReceiver = { url: string; received: ReceivedEvent[]; close(): Promise<void> };

export async function startEventReceiver(): Promise<EventReceiver> {
  const received: ReceivedEvent[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const answered = (received.length + 1) % 7 === 0 ? 500 : 200;
      received.push({
        webhookId: String(request.headers["webhook-id"] ?? ""),
        body: Buffer.concat(chunks).toString(),
        answered,
      });
      response.writeHead(answered, { "content-type": "text/plain" }).end(answered === 200 ? "ok" : "try again");
    });
  });
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/events`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
