import { beforeEach, describe, expect, it } from "vitest";

import { POST as wegetfinancing } from "@/app/api/postbacks/wegetfinancing/route";
import { POST as chargeAfter } from "@/app/api/webhooks/chargeafter/route";
import { db } from "@/lib/db/client";
import { getProviderSettings } from "@/lib/settings/get-provider-settings";
import { sendTestDelivery } from "@/lib/settings/send-test-delivery";
import { configureProviders } from "@/test/provider-requests";
import { resetDatabase } from "@/test/reset-database";
import { settleDeliveries } from "@/test/settle-deliveries";

const admin = { id: null, email: "admin@example.com" };
// Hands the request to the route handler the way the HTTP server would.
const inProcess = (path: string, init: RequestInit) =>
  (path.includes("chargeafter") ? chargeAfter : wegetfinancing)(new Request(`http://127.0.0.1${path}`, init));

beforeEach(async () => {
  configureProviders();
  await resetDatabase();
});

describe("sendTestDelivery", () => {
  it.each(["WEGETFINANCING", "CHARGEAFTER"] as const)(
    "%s: a signed sample is verified, stored as ignored, and changes nothing",
    async (provider) => {
      const result = await sendTestDelivery(provider, admin, inProcess);
      expect(result).toMatchObject({ status: 200, signed: true, deliveryId: expect.any(String) });
      await settleDeliveries();
      const delivery = await db().delivery.findUniqueOrThrow({ where: { id: result.deliveryId } });
      expect([delivery.provider, delivery.verification, delivery.processing]).toEqual([
        provider,
        "VERIFIED",
        "IGNORED",
      ]);
      expect(await db().application.count()).toBe(0);
      expect(
        await db().auditLog.count({ where: { action: "settings.test-delivery", targetId: result.deliveryId } }),
      ).toBe(1);
    },
  );

  it("shows the refusal when the receiver has no credentials", async () => {
    configureProviders({
      CHARGEAFTER_WEBHOOK_AUTHORIZATION: undefined,
      CHARGEAFTER_WEBHOOK_AUTHORIZATION_PREVIOUS: undefined,
    });
    const result = await sendTestDelivery("CHARGEAFTER", admin, inProcess);
    expect(result).toMatchObject({ status: 401, signed: false });
    expect(getProviderSettings().find((p) => p.provider === "CHARGEAFTER")).toMatchObject({
      receivesDeliveries: false,
      receiverProblem: expect.stringContaining("refused"),
    });
  });

  it("says when the receiver cannot be reached", async () => {
    const result = await sendTestDelivery("WEGETFINANCING", admin, async () => {
      throw new Error("connect ECONNREFUSED");
    });
    expect(result).toMatchObject({ status: 0, error: expect.stringContaining("could not be reached") });
  });
});

describe("getProviderSettings", () => {
  it("never carries a secret value", () => {
    const text = JSON.stringify(getProviderSettings());
    for (const secret of ["dhd-secret-password", "ca-webhook-secret", "old-secret-password"])
      expect(text).not.toContain(secret);
  });
});
