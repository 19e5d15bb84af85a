// A funding sync slow enough to watch: ChargeAfter's fake funding report behind a proxy that
// waits before each page, the sync started from the command line (the database holds its
// progress), and its progress read from the Reconciliation page of each instance.
import http from "node:http";
import type { AddressInfo } from "node:net";

import { startFakeFundingApi } from "../../test/fakes/chargeafter-funding-api";
import { generateFundingRecords } from "../../test/fakes/funding-records";

export const SYNC_PRIVATE_KEY = "scale-ca-private-key-0123456789";

export type SlowFundingApi = { baseUrl: string; close(): Promise<void> };

export async function startSlowFundingApi(options: {
  records: number;
  fromDate: string;
  toDate: string;
  pageDelayMs: number;
}): Promise<SlowFundingApi> {
  const funding = await startFakeFundingApi({
    privateKey: SYNC_PRIVATE_KEY,
    records: generateFundingRecords(options.records, {
      fromDate: options.fromDate,
      toDate: options.toDate,
      idPrefix: "scale",
    }),
  });
  const target = new URL(funding.baseUrl);
  const server = http.createServer((request, response) => {
    setTimeout(() => {
      const forward = http.request(
        {
          host: target.hostname,
          port: target.port,
          path: request.url,
          method: request.method,
          headers: request.headers,
          agent: false,
        },
        (answer) => {
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(response);
        },
      );
      forward.on("error", () => response.writeHead(502).end());
      request.pipe(forward);
    }, options.pageDelayMs);
  });
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await funding.close();
    },
  };
}

/** What the Reconciliation page of `instanceUrl` says of a running sync, or null when it shows none. */
export async function runningSyncShown(instanceUrl: string, cookie: string): Promise<string | null> {
  const response = await fetch(`${instanceUrl}/reconciliation`, { headers: { cookie }, redirect: "manual" });
  const html = await response.text();
  if (response.status !== 200) throw new Error(`GET ${instanceUrl}/reconciliation answered ${response.status}`);
  return /Syncing \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}… [\d,]+ records read/.exec(html)?.[0] ?? null;
}
