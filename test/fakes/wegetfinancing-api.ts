// A fake WeGetFinancing API on 127.0.0.1 for tests and the provider simulator:
// Create Request with HTTP Basic auth, the documented success and error shapes,
// and switches to refuse or fail the next calls.
import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

export type FakeWgfRequest = { merchantId: string; body: Record<string, unknown>; requestToken: string; href: string };

export type FakeWgfApi = {
  baseUrl: string;
  /** Every accepted Create Request, oldest first. */
  requests: FakeWgfRequest[];
  /** The next `times` calls answer 500 (or drop the connection). */
  failNext(times: number, how?: "500" | "reset"): void;
  close(): Promise<void>;
};

const REQUIRED = ["merchant_transaction_id", "first_name", "last_name", "email", "amount", "version", "cart_items"] as const;

export async function startFakeWgfApi(
  credentials: { merchantId: string; username: string; password: string },
  options: { port?: number; host?: string } = {},
): Promise<FakeWgfApi> {
  const requests: FakeWgfRequest[] = [];
  let failures: { left: number; how: "500" | "reset" } = { left: 0, how: "500" };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const answer = (status: number, body: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(body));
      };
      const error = (status: number, kind: string, message: string, subjects: string[] = [], reasons: string[] = []) =>
        answer(status, { type: "error", error: kind, code: status, message, subjects, reasons });

      if (failures.left > 0) {
        failures.left--;
        if (failures.how === "reset") return req.socket.destroy();
        return error(500, "generic", "Internal error");
      }
      const match = /^\/merchant\/([^/]+)\/requests$/.exec(req.url ?? "");
      if (req.method !== "POST" || !match) return error(404, "http", "Not found");
      const expected = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64")}`;
      if (req.headers.authorization !== expected || match[1] !== credentials.merchantId) return error(401, "http", "Unauthorized");

      let body: Record<string, unknown>;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      } catch {
        return error(400, "invalid_parameters", "Body is not JSON");
      }
      const missing = REQUIRED.filter((field) => body[field] === undefined || body[field] === "");
      if (missing.length) return error(400, "missing_parameters", "Missing parameters", [...missing], missing.map((f) => `${f} is required`));
      const invalid: [string, string][] = [];
      if (!/^\d+\.\d{2}$/.test(String(body.amount))) invalid.push(["amount", "amount must be a decimal string like 499.00"]);
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(String(body.email))) invalid.push(["email", "email is not valid"]);
      if (String(body.email).endsWith("@declined.test")) invalid.push(["email", "this customer cannot be offered financing"]);
      if (invalid.length) return error(400, "invalid_parameters", "Invalid parameters", invalid.map(([s]) => s), invalid.map(([, r]) => r));

      const requestToken = randomBytes(8).toString("hex");
      const href = `${baseUrl.replace("127.0.0.1", "localhost")}/checkout?token=${requestToken}`;
      requests.push({ merchantId: match[1]!, body, requestToken, href });
      answer(200, { href, request_token: requestToken });
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve));
  const baseUrl = `http://${options.host ?? "127.0.0.1"}:${(server.address() as AddressInfo).port}`;

  return {
    baseUrl,
    requests,
    failNext(times, how = "500") {
      failures = { left: times, how };
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
