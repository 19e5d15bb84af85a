// Outbound events as a shop takes them: an admin adds an endpoint (its secret shown once); the
// shop's server creates a financing request through the Shop API; WeGetFinancing approves it;
// the shop's endpoint receives order.created signed with that secret, answers 500 twice and then
// 200, and gets it exactly once more after that: never again. The endpoint's log shows all three.
import { execFileSync } from "node:child_process";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

import { expect, test } from "@playwright/test";
import { Webhook } from "standardwebhooks";

import { wgfApproval } from "../test/provider-requests";
import { guideBody } from "../test/shop-api-body";
import { E2E_DATA_DIR } from "./support/constants";
import { deliverWgfPostback } from "./support/provider-posts";
import { signInAs } from "./support/users";

type Received = { headers: IncomingHttpHeaders; body: string; answered: number };

async function startShop(answers: number[]) {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      const answered = answers.shift() ?? 200;
      received.push({ headers: req.headers, body, answered });
      res.writeHead(answered).end(answered === 200 ? "ok" : "try later");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/financing-events`, received, close: () => server.close() };
}

test("the shop receives order.created signed, exactly once, although it answered 500 twice", async ({
  page,
  request,
}) => {
  const shop = await startShop([500, 500]);
  await signInAs(page, "admin");
  await page.goto("/settings/endpoints");
  await page.getByLabel("URL").fill(shop.url);
  await page.getByLabel("order.created").check();
  await page.getByRole("button", { name: "Add endpoint" }).click();
  const shown = page.getByRole("region", { name: "The endpoint's secret" });
  const secret = (await shown.locator("code").first().innerText()).trim();
  expect(secret).toMatch(/^whsec_[A-Za-z0-9+/=]+$/);
  await page.reload();
  await expect(page.getByText(secret)).toHaveCount(0);

  const key = /Key: (\S+)/.exec(
    execFileSync(
      process.execPath,
      ["--import", "tsx", "scripts/api-key.ts", "create", `events ${Date.now()}`, "--scope", "write"],
      {
        env: { ...process.env, DATA_DIR: E2E_DATA_DIR, DATABASE_URL: "" },
        encoding: "utf8",
      },
    ),
  )![1]!;
  const merchantTransactionId = `E2E-EVENTS-${Date.now()}`;
  const created = await request.post("/api/v1/financing-requests", {
    headers: { authorization: `Bearer ${key}` },
    data: guideBody({ merchant_transaction_id: merchantTransactionId }),
  });
  expect(created.status()).toBe(201);
  const answer = (await created.json()) as { requestToken: string; amount: string };
  await deliverWgfPostback(request, wgfApproval(answer.requestToken, merchantTransactionId, answer.amount));

  await expect.poll(() => shop.received.length, { timeout: 30_000 }).toBe(3);
  await page.waitForTimeout(3_000); // nothing more comes once it answered 200
  expect(shop.received.map((r) => r.answered)).toEqual([500, 500, 200]);
  const ids = new Set(shop.received.map((r) => r.headers["webhook-id"]));
  expect(ids.size).toBe(1);
  const accepted = shop.received[2]!;
  const event = new Webhook(secret).verify(accepted.body, accepted.headers as Record<string, string>) as {
    type: string;
    data: { merchant_transaction_id: string; amount: string };
  };
  expect(event.type).toBe("order.created");
  expect(event.data).toMatchObject({ merchant_transaction_id: merchantTransactionId, amount: answer.amount });
  shop.close();

  await page.getByRole("link", { name: shop.url }).click();
  const row = page.locator("tr[data-event-type='order.created']");
  await expect(row.locator("[data-attempt-status]")).toHaveCount(3);
  await expect(row.locator("[data-column=status]")).toHaveText("succeeded");
  expect(
    await row
      .locator("[data-attempt-status]")
      .evaluateAll((items) => items.map((i) => i.getAttribute("data-attempt-status"))),
  ).toEqual(["500", "500", "200"]);
});
