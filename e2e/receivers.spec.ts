import { expect, test } from "@playwright/test";

import { signWgfPostback } from "../lib/providers/wegetfinancing/signature";
import { CA_AUTHORIZATION, WGF_CREDENTIALS } from "../test/provider-requests";

test("the running server receives signed deliveries over HTTP and refuses unsigned ones", async ({ request }) => {
  const body = JSON.stringify({ version: "1.9", request_token: `e2e-${Date.now()}`, status: "preapproved" });
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signed = await request.post("/api/postbacks/wegetfinancing", {
    data: body,
    headers: {
      "content-type": "application/json",
      "x-timestamp": timestamp,
      "x-signature": signWgfPostback(body, WGF_CREDENTIALS, timestamp),
    },
  });
  expect(signed.status()).toBe(200);
  expect(await signed.json()).toMatchObject({
    received: true,
    duplicate: false,
    deliveryId: expect.stringMatching(/^[0-9a-f-]{36}$/),
  });

  const unsigned = await request.post("/api/postbacks/wegetfinancing", {
    data: body,
    headers: { "content-type": "application/json" },
  });
  expect(unsigned.status()).toBe(401);

  const webhook = await request.post("/api/webhooks/chargeafter", {
    data: {
      eventType: "application.created",
      createdAt: new Date().toISOString(),
      applicationId: `app_e2e_${Date.now()}`,
    },
    headers: { authorization: CA_AUTHORIZATION },
  });
  expect(webhook.status()).toBe(200);
});
