// A fake of ChargeAfter's application status API: a real HTTP server on 127.0.0.1
// (random port) serving GET /v2/checkout/applications/{applicationId}/status, for tests
// and the provider simulator.
//
//   const api = await startFakeStatusApi({ statuses: { app_123: fixtureBody } });
//   fetchApplicationStatus({ baseUrl: api.baseUrl, privateKey: api.privateKey, applicationId: "app_123" });
//   api.statuses.app_456 = { applicationStatus: "Declined" }; // change freely between requests
//   api.failNext(1, "500");        // the next request answers 500
//   api.failNext(1, "malformed");  // … 200 with a body that is not JSON
//   api.failNext(1, "slow", { delayMs: 2000 }); // … answers after a delay (for timeouts)
//   api.failNext(1, "reset");      // … the connection is destroyed without an answer
//   await api.close();
//
// It checks `Authorization: Bearer <privateKey>` (401 otherwise) and answers 404 for an
// application id it does not hold. Bodies are sent exactly as configured (amounts as
// JSON numbers, as ChargeAfter sends them).
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type StatusFailureKind = "500" | "503" | "malformed" | "slow" | "reset";

export type FakeStatusRequest = {
  at: Date;
  applicationId: string | null;
  authorization: string | undefined;
  status: number | "reset";
};

export type FakeStatusApi = {
  baseUrl: string;
  privateKey: string;
  /** Bodies served per ChargeAfter applicationId; a string is sent as it is (raw). */
  statuses: Record<string, unknown>;
  requests: FakeStatusRequest[];
  failNext(count: number, kind: StatusFailureKind, options?: { delayMs?: number }): void;
  close(): Promise<void>;
};

const PATH = /^\/v2\/checkout\/applications\/([^/]+)\/status$/;

export async function startFakeStatusApi(
  options: { privateKey?: string; statuses?: Record<string, unknown>; port?: number } = {},
): Promise<FakeStatusApi> {
  const failures: { kind: StatusFailureKind; delayMs?: number }[] = [];
  const api: FakeStatusApi = {
    baseUrl: "",
    privateKey: options.privateKey ?? "ca-private-key-status-0123456789",
    statuses: { ...options.statuses },
    requests: [],
    failNext(count, kind, failOptions = {}) {
      for (let i = 0; i < count; i++) failures.push({ kind, delayMs: failOptions.delayMs });
    },
    close: async () => {},
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const match = request.method === "GET" ? PATH.exec(url.pathname) : null;
    const applicationId = match ? decodeURIComponent(match[1]!) : null;
    const log = (status: number | "reset") =>
      api.requests.push({ at: new Date(), applicationId, authorization: request.headers.authorization, status });

    const answer = () => {
      if (!match) return send(404, { message: "Not Found" });
      if (request.headers.authorization !== `Bearer ${api.privateKey}`)
        return send(401, { requestId: `req_${api.requests.length + 1}`, message: "Unauthorized" });
      if (!Object.hasOwn(api.statuses, applicationId!))
        return send(404, { requestId: `req_${api.requests.length + 1}`, message: "Application not found" });
      return send(200, api.statuses[applicationId!]);
    };
    const send = (status: number, body: unknown) => {
      log(status);
      sendBody(response, status, typeof body === "string" ? body : JSON.stringify(body));
    };

    const failure = failures.shift();
    if (failure?.kind === "reset") {
      log("reset");
      request.socket.destroy();
      return;
    }
    if (failure?.kind === "500" || failure?.kind === "503")
      return send(Number(failure.kind), { message: "Internal Server Error" });
    if (failure?.kind === "malformed") {
      log(200);
      return sendBody(response, 200, "<html>Service temporarily unavailable</html>");
    }
    if (failure?.kind === "slow") {
      const timer = setTimeout(answer, failure.delayMs ?? 2000);
      response.on("close", () => clearTimeout(timer));
      return;
    }
    answer();
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  api.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  api.close = () =>
    new Promise((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    });
  return api;
}

function sendBody(response: ServerResponse, status: number, text: string) {
  if (response.destroyed) return;
  response.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  response.end(text);
}
