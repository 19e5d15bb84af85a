import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { afterEach, describe, expect, it } from "vitest";

import { serveAddress, serveAddressFromEnv } from "../serve-address";
import { waitForHealth } from "../wait-for-health";

describe("serveAddress", () => {
  it("binds every interface by default and prints localhost, polled on 127.0.0.1", () => {
    expect(serveAddressFromEnv({})).toEqual({
      host: "0.0.0.0",
      port: 3000,
      url: "http://localhost:3000",
      localHost: "127.0.0.1",
      probeUrl: "http://127.0.0.1:3000",
    });
  });

  it("takes HOST and PORT as npm start does", () => {
    expect(serveAddressFromEnv({ HOST: "127.0.0.1", PORT: "3701" })).toMatchObject({
      host: "127.0.0.1",
      port: 3701,
      url: "http://127.0.0.1:3701",
      probeUrl: "http://127.0.0.1:3701",
    });
    expect(serveAddress({ HOST: "::", PORT: 4000 }).url).toBe("http://localhost:4000");
  });

  it("brackets an IPv6 address in URLs but binds it bare", () => {
    expect(serveAddress({ HOST: "[::1]", PORT: 3000 })).toMatchObject({
      host: "::1",
      url: "http://[::1]:3000",
      probeUrl: "http://[::1]:3000",
    });
  });

  it("refuses a bad PORT with the variable's name", () => {
    expect(() => serveAddressFromEnv({ PORT: "70000" })).toThrow(/PORT/);
  });
});

describe("waitForHealth", () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it("resolves only once /api/health answers 200", async () => {
    let calls = 0;
    server = createServer((request, response) => {
      calls++;
      response.writeHead(request.url === "/api/health" && calls >= 3 ? 200 : 503).end();
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    await waitForHealth(`http://127.0.0.1:${port}`, { intervalMs: 10, timeoutMs: 5_000 });
    expect(calls).toBe(3);
  });

  it("stops when the server process is gone", async () => {
    await expect(waitForHealth("http://127.0.0.1:9", { running: () => false })).rejects.toThrow(/exited/);
  });

  it("gives up after the timeout", async () => {
    await expect(waitForHealth("http://127.0.0.1:9", { timeoutMs: 50, intervalMs: 10 })).rejects.toThrow(/within/);
  });
});
