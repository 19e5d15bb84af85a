// Issue 11: a status check that names the merchant's order teaches the link funding records match on;
// and its display amounts (periodicPayment 41.6666) never make the refresh fail.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { refreshApplicationStatus } from "@/lib/applications/refresh-application-status";
import { db } from "@/lib/db/client";
import { startFakeStatusApi, type FakeStatusApi } from "@/test/fakes/chargeafter-status-api";
import { resetDatabase } from "@/test/reset-database";

import { makeApplication } from "./make-application";

const actor = { id: null, email: "support@example.test" };
let api: FakeStatusApi;

beforeAll(async () => {
  api = await startFakeStatusApi({
    statuses: {
      app_link_1: {
        applicationStatus: "Approved",
        merchantOrderId: 100000777,
        confirmedOffer: { amount: 500, promoSettings: { numberOfPeriods: 12, periodicPayment: 41.6666 } },
      },
    },
  });
});
afterAll(() => api.close());
beforeEach(resetDatabase);

describe("Refresh from ChargeAfter", () => {
  it("reads periodicPayment 41.6666 exactly and learns the merchant order id the answer names", async () => {
    const application = await makeApplication({ externalId: "app_link_1", status: "APPROVED" });
    const result = await refreshApplicationStatus(application.id, actor, {
      access: { baseUrl: api.baseUrl, privateKey: api.privateKey },
    });
    if (result.outcome !== "ok") expect.fail(result.message);
    expect(result.status.confirmedOffer?.promoSettings?.periodicPayment?.toFixed()).toBe("41.6666");
    const after = await db().application.findUniqueOrThrow({ where: { id: application.id } });
    expect(after.merchantOrderId).toBe("100000777");
    expect(after.status).toBe("APPROVED");
  });
});
