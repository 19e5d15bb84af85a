// The providers' APIs the dashboard calls, behind one base URL on 127.0.0.1 (so
// WGF_API_BASE_URL and CHARGEAFTER_API_BASE_URL can both point at it):
//   POST /merchant/{merchantId}/requests           WeGetFinancing Create Request
//   GET  /v2/checkout/applications/{id}/status     ChargeAfter application status
//   GET  /v2/post-sale/fundings/report             ChargeAfter funding report
// Each path is proxied to the fake in test/fakes that implements it; an accepted Create
// Request is handed to `onCreateRequest` (which schedules its postbacks).
import http from "node:http";
import type { AddressInfo } from "node:net";

import {
  startFakeFundingApi,
  type FakeFundingApi,
  type FakeFundingRecord,
} from "../../test/fakes/chargeafter-funding-api";
import { startFakeStatusApi, type FakeStatusApi } from "../../test/fakes/chargeafter-status-api";
import { startFakeWgfApi, type FakeWgfApi, type FakeWgfRequest } from "../../test/fakes/wegetfinancing-api";
import type { SimulatorCredentials } from "./credentials";

export type ProviderApis = {
  baseUrl: string;
  wgf: FakeWgfApi;
  status: FakeStatusApi;
  funding: FakeFundingApi;
  /** Adds what a plan says ChargeAfter knows (statuses, funding records). */
  load(data: { statuses: Record<string, unknown>; fundingRecords: FakeFundingRecord[] }): void;
  close(): Promise<void>;
};

type Options = {
  port: number;
  host?: string;
  credentials: SimulatorCredentials;
  onCreateRequest?: (request: FakeWgfRequest) => void;
  log?: (line: string) => void;
};

export async function startProviderApis(options: Options): Promise<ProviderApis> {
  const { credentials } = options;
  const wgf = await startFakeWgfApi({
    merchantId: credentials.wgf.merchantId,
    username: credentials.wgf.username,
    password: credentials.wgf.password,
  });
  const status = await startFakeStatusApi({ privateKey: credentials.ca.privateKey });
  const funding = await startFakeFundingApi({ privateKey: credentials.ca.privateKey });
  let seenRequests = 0;

  const server = http.createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    const upstream = path.startsWith("/merchant/")
      ? wgf.baseUrl
      : path.startsWith("/v2/checkout/applications/")
        ? status.baseUrl
        : path.startsWith("/v2/post-sale/fundings/")
          ? funding.baseUrl
          : undefined;
    if (!upstream) {
      response.writeHead(404, { "content-type": "application/json" });
      response.end(
        JSON.stringify({
          message: "Not Found",
          serves: [
            "POST /merchant/{merchantId}/requests",
            "GET /v2/checkout/applications/{id}/status",
            "GET /v2/post-sale/fundings/report",
          ],
        }),
      );
      return;
    }
    options.log?.(`${request.method} ${request.url}`);
    const target = new URL(request.url ?? "/", upstream);
    // No keep-alive to the fakes: closing them must not wait for idle sockets.
    const forward = http.request(
      target,
      { method: request.method, headers: { ...request.headers, host: target.host }, agent: false },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
        answer.on("end", () => {
          // Accepted Create Requests are recorded by the fake: hand each new one on.
          while (seenRequests < wgf.requests.length) options.onCreateRequest?.(wgf.requests[seenRequests++]!);
        });
      },
    );
    forward.on("error", () => {
      if (!response.headersSent) response.writeHead(502, { "content-type": "application/json" });
      response.end(JSON.stringify({ message: "Bad Gateway" }));
    });
    request.pipe(forward);
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host ?? "127.0.0.1", () => resolve());
  });
  const baseUrl = `http://${options.host ?? "127.0.0.1"}:${(server.address() as AddressInfo).port}`;

  return {
    baseUrl,
    wgf,
    status,
    funding,
    load(data) {
      Object.assign(status.statuses, data.statuses);
      funding.records.push(...data.fundingRecords);
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all([wgf.close(), status.close(), funding.close()]);
    },
  };
}
