import { expect, test } from "@playwright/test";

import { sendChargeAfterWebhook, sendWgfPostback } from "./support/provider-posts";

test("the running server receives signed deliveries over HTTP and refuses unsigned ones", async ({ request }) => {
  const body = JSON.stringify({ version: "1.9", request_token: `e2e-${Date.now()}`, status: "preapproved" });
  const signed = await sendWgfPostback(request, body);
  expect(signed.status()).toBe(200);
  expect(await signed.json()).toMatchObject({
    received: true,
    duplicate: false,
    deliveryId: expect.stringMatching(/^[0-9a-f-]{36}$/),
  });

  const unsigned = await sendWgfPostback(request, body, { signed: false });
  expect(unsigned.status()).toBe(401);

  const webhook = await sendChargeAfterWebhook(request, {
    eventType: "application.created",
    createdAt: new Date().toISOString(),
    applicationId: `app_e2e_${Date.now()}`,
  });
  expect(webhook.status()).toBe(200);
});
