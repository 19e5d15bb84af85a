// Logs with a request id: each request gets one (a safe incoming X-Request-Id kept, anything
// else replaced), sent back as a header; a logger line written while serving it carries it;
// one line per request says method, path without its query, status and duration.
import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";

import { afterEach, describe, expect, it } from "vitest";

import { deskMetrics } from "@/lib/metrics/metrics-registry";

import { createLogger } from "../logger";
import { currentRequestId, runInRequestContext } from "../request-context";
import { requestIdFrom } from "../request-id";
import { serveLogged } from "../serve-logged";

type Line = Record<string, unknown>;

function capture() {
  const lines: Line[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const text of chunk.toString().split("\n").filter(Boolean)) lines.push(JSON.parse(text) as Line);
      done();
    },
  });
  return { lines, log: createLogger(stream) };
}

let server: Server | undefined;
afterEach(() => server?.close());

async function serve(log: ReturnType<typeof createLogger>) {
  server = createServer((req, res) =>
    serveLogged(
      req,
      res,
      () =>
        // As Next would: later, in another tick, through promises.
        void Promise.resolve().then(async () => {
          await new Promise((resolve) => setTimeout(resolve, 5));
          log.info({ work: true }, "inside the request");
          res.statusCode = 202;
          res.end("ok");
        }),
      log,
    ),
  );
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("request ids", () => {
  it("a logger line written inside a request context carries its id; outside, none", () => {
    const { lines, log } = capture();
    runInRequestContext({ requestId: "req-1" }, () => log.info("inside"));
    log.info("outside");
    expect(lines[0]).toMatchObject({ level: "info", msg: "inside", requestId: "req-1" });
    expect(lines[0]!.time).toEqual(expect.any(String));
    expect(lines[1]).not.toHaveProperty("requestId");
    expect(currentRequestId()).toBeUndefined();
  });

  it("keeps a safe incoming id, replaces an unsafe or long one with a random one", () => {
    expect(requestIdFrom("abc-123_X.y:z")).toBe("abc-123_X.y:z");
    for (const bad of ['a"b', "a b", "x".repeat(65), "\n", "", undefined])
      expect(requestIdFrom(bad)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("serving: the id on the answer and on every line of the request; one line with method, path (no query), status, ms", async () => {
    const { lines, log } = capture();
    const base = await serve(log);
    const response = await fetch(`${base}/api/webhooks/chargeafter?token=secret-value`, {
      method: "POST",
      headers: { "x-request-id": "lb-42" },
    });
    expect(response.status).toBe(202);
    expect(response.headers.get("x-request-id")).toBe("lb-42");
    const other = await fetch(`${base}/deliveries`, { headers: { "x-request-id": "bad id" } });
    const generated = other.headers.get("x-request-id")!;
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(lines.filter((line) => line.requestId === "lb-42").map((line) => line.msg)).toEqual([
      "inside the request",
      "request",
    ]);
    const line = lines.find((entry) => entry.msg === "request" && entry.requestId === "lb-42")!;
    expect(line).toMatchObject({ method: "POST", path: "/api/webhooks/chargeafter", status: 202 });
    expect(line.durationMs).toEqual(expect.any(Number));
    expect(JSON.stringify(lines)).not.toContain("secret-value");
    expect(lines.some((entry) => entry.requestId === generated && entry.path === "/deliveries")).toBe(true);
    // A receiver's answer is counted by provider and status; other paths are not.
    const { values } = await deskMetrics().received.get();
    expect(values).toEqual([{ labels: { provider: "chargeafter", status: "202" }, value: 1 }]);
  });
});
