// A fake WeGetFinancing API on 127.0.0.1 for tests and the provider simulator:
// Create Request with HTTP Basic auth, the shapes WeGetFinancing really answers
// ({amount, href, inv_id}; refusals with `reasons` as an object by field), and
// switches to refuse, fail or answer the next calls as told.
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
  /** The next call answers exactly this (e.g. an href that is not https:). */
  answerNext(status: number, body: unknown): void;
  close(): Promise<void>;
};

const REQUIRED = [
  "merchant_transaction_id",
  "first_name",
  "last_name",
  "email",
  "amount",
  "version",
  "cart_items",
] as const;

export async function startFakeWgfApi(
  credentials: { merchantId: string; username: string; password: string },
  options: { port?: number; host?: string } = {},
): Promise<FakeWgfApi> {
  const requests: FakeWgfRequest[] = [];
  let failures: { left: number; how: "500" | "reset" } = { left: 0, how: "500" };
  let scripted: { status: number; body: unknown } | undefined;

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const answer = (status: number, body: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(body));
      };
      // As WeGetFinancing sends it: reasons is an object keyed by subject.
      const error = (status: number, kind: string, message: string, reasons: Record<string, string> = {}) =>
        answer(status, {
          error: kind,
          message,
          type: "error",
          stamp: new Date().toISOString(),
          subjects: Object.keys(reasons),
          reasons,
        });

      if (scripted) {
        const next = scripted;
        scripted = undefined;
        return answer(next.status, next.body);
      }
      if (failures.left > 0) {
        failures.left--;
        if (failures.how === "reset") return req.socket.destroy();
        return error(500, "generic", "Internal error");
      }
      const match = /^\/merchant\/([^/]+)\/requests$/.exec(req.url ?? "");
      if (req.method !== "POST" || !match) return error(404, "http", "Not found");
      const expected = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64")}`;
      if (req.headers.authorization !== expected || match[1] !== credentials.merchantId)
        return error(401, "http", "Unauthorized");

      let body: Record<string, unknown>;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      } catch {
        return error(400, "invalid_parameters", "Body is not JSON");
      }
      const missing = REQUIRED.filter((field) => body[field] === undefined || body[field] === "");
      if (missing.length)
        return error(
          400,
          "missing_parameters",
          "Missing parameters",
          Object.fromEntries(missing.map((f) => [f, "required"])),
        );
      const invalid: Record<string, string> = {};
      if (!/^\d+\.\d{2}$/.test(String(body.amount))) invalid.amount = "invalid-amount";
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(String(body.email))) invalid.email = "invalid-email";
      if (String(body.email).endsWith("@declined.test")) invalid.email = "this customer cannot be offered financing";
      const items = Array.isArray(body.cart_items) ? (body.cart_items as Record<string, unknown>[]) : [];
      if (items.some((item) => !Number.isInteger(item.quantity) || (item.quantity as number) < 1))
        invalid.cart_items = "invalid-quantity";
      if (Object.keys(invalid).length) return error(400, "invalid_parameters", "Invalid parameters", invalid);

      const requestToken = randomBytes(8).toString("hex");
      const href = `https://checkout.wegetfinancing.test/checkout?token=${requestToken}`;
      requests.push({ merchantId: match[1]!, body, requestToken, href });
      answer(200, { amount: financedAmount(items, body.shipping_amount), href, inv_id: requestToken });
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
    answerNext(status, body) {
      scripted = { status, body };
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** WeGetFinancing's own sum (its SDK test: 1640.94 for a cart whose tax is 1236.90): items plus shipping, no tax. */
function financedAmount(items: Record<string, unknown>[], shipping: unknown): string {
  const cents =
    items.reduce((sum, item) => sum + Math.round(Number(item.unit_price) * 100) * Number(item.quantity), 0) +
    Math.round(Number(shipping ?? 0) * 100);
  return (cents / 100).toFixed(2);
}
