import { describe, expect, it } from "vitest";

import { POST } from "@/app/api/webhooks/chargeafter/route";
import { db } from "@/lib/db/client";
import { CA_PREVIOUS, caRequest, configureProviders, sharedFixture } from "@/test/provider-requests";
import { poster, setUpReceiverTests } from "@/test/receiver-tests";
import { settleDeliveries } from "@/test/settle-deliveries";

setUpReceiverTests();
const post = poster(POST);

const event = (eventType: string, fields: Record<string, unknown>, createdAt = "2026-11-02T15:00:00.000Z") => ({
  eventType,
  createdAt,
  ...fields,
});

async function application(externalId: string) {
  return db().application.findUniqueOrThrow({
    where: { provider_externalId: { provider: "CHARGEAFTER", externalId } },
    include: { lenders: { orderBy: { lenderId: "asc" } }, events: { orderBy: { occurredAt: "asc" } } },
  });
}

describe("POST /api/webhooks/chargeafter", () => {
  it("applies the shared fixtures: one application's journey, a declined one, and a dispute", async () => {
    const names = [
      "application.created.json",
      "application.prequalified.json",
      "application.pending-lender.json",
      "application.approved.json",
      "application.checkout-confirmed.json",
      "consumer-confirmation.json",
      "application.declined.json",
      "disputes.created.json",
      "disputes.resolved.json",
    ];
    for (const name of names) {
      const { status, body } = await post(caRequest(sharedFixture("chargeafter", name)));
      expect(status, name).toBe(200);
      expect(body.duplicate, name).toBe(false);
    }
    await settleDeliveries();

    const app = await application("app_7Hq2LmP9");
    expect(app.status).toBe("CONFIRMED");
    expect(app.approvedAmount?.toFixed(2)).toBe("1299.99");
    expect(app.lenderId).toBe("lender_finara");
    expect([app.accountId, app.accountToken, app.confirmationToken, app.linkId, app.consumerId]).toEqual([
      "acct_55Kx",
      "atok_3c2b1a",
      "ctok_9f8e7d",
      "lnk_42",
      "cons_9001",
    ]);
    expect(app.events.map((e) => e.type)).toEqual([
      "application.created",
      "application.prequalified",
      "application.pending-lender",
      "application.approved",
      "application.checkout-confirmed",
      "consumer.confirmation",
    ]);
    expect(app.events.every((e) => e.deliveryId)).toBe(true);
    expect((await application("app_Dq81xYz2")).status).toBe("DECLINED");

    const dispute = await db().dispute.findFirstOrThrow({ include: { events: true } });
    expect(dispute).toMatchObject({
      externalId: "dsp_1001",
      lenderDisputeId: "LND-88231",
      lenderId: "lender_finara",
      status: "RESOLVED",
    });
    expect(dispute.openedAt.toISOString()).toBe("2026-11-10T09:00:00.000Z");
    expect(dispute.resolvedAt?.toISOString()).toBe("2026-11-18T17:45:00.000Z");
    expect(dispute.events).toHaveLength(2);
    expect(await db().delivery.count({ where: { processing: { not: "APPLIED" } } })).toBe(0);
  });

  it("keeps each lender's outcome, and a late pending-lender after approved stays on the timeline only", async () => {
    const id = "app_multi";
    const steps = [
      event("application.created", { applicationId: id }, "2026-11-02T10:00:00Z"),
      event("application.prequalified", { applicationId: id, lenderId: "A", amount: 1000 }, "2026-11-02T10:01:00Z"),
      event("application.prequalified", { applicationId: id, lenderId: "B", amount: 1500.5 }, "2026-11-02T10:01:01Z"),
      event("application.declined", { applicationId: id, lenderId: "A" }, "2026-11-02T10:02:00Z"),
      event("application.approved", { applicationId: id, lenderId: "B", amount: 1400.25 }, "2026-11-02T10:03:00Z"),
      event(
        "application.pending-lender",
        { applicationId: id, lenderId: "B", reason: "Manual review" },
        "2026-11-02T10:04:00Z",
      ),
    ];
    for (const step of steps) expect((await post(caRequest(step))).status).toBe(200);
    await settleDeliveries();
    const app = await application(id);
    expect(app.status).toBe("APPROVED");
    expect(app.approvedAmount?.toFixed(2)).toBe("1400.25");
    expect(app.lenders.map((l) => [l.lenderId, l.status, l.amount?.toFixed(2) ?? null])).toEqual([
      ["A", "DECLINED", null],
      ["B", "APPROVED", "1400.25"],
    ]);
    expect(app.events).toHaveLength(6);
    expect(app.lastEventAt.toISOString()).toBe("2026-11-02T10:04:00.000Z");
  });

  it("reads the old event names as the new ones, and a repeat under the old name is a duplicate", async () => {
    const id = "app_old";
    await post(caRequest(event("account.prequalified", { applicationId: id, lenderId: "A", amount: 900 })));
    await post(
      caRequest(
        event("account.pending-consumer", { applicationId: id, lenderId: "A", reason: "Docs" }, "2026-11-02T15:01:00Z"),
      ),
    );
    const approvedOld = await post(
      caRequest(event("account.approved", { applicationId: id, lenderId: "A", amount: 800 }, "2026-11-02T15:02:00Z")),
    );
    const approvedNew = await post(
      caRequest(
        event("application.approved", { applicationId: id, lenderId: "A", amount: 800 }, "2026-11-02T15:02:00Z"),
      ),
    );
    expect([approvedOld.body.duplicate, approvedNew.body.duplicate]).toEqual([false, true]);
    await post(
      caRequest({
        eventType: "application.apply-confirmed",
        createdAt: "2026-11-02T15:03:00Z",
        applicationId: id,
        lenderId: "A",
        amount: 800,
        token: "ctok_old",
      }),
    );
    await settleDeliveries();
    const app = await application(id);
    expect(app.status).toBe("CONFIRMED");
    expect(app.confirmationToken).toBe("ctok_old");
    expect(app.events.map((e) => e.type)).toEqual([
      "application.prequalified",
      "application.pending-consumer",
      "application.approved",
      "application.checkout-confirmed",
    ]);
  });

  it("an update for an unknown dispute creates it; the lifecycle never goes backwards", async () => {
    await post(
      caRequest(
        event("disputes.lender.updated", { disputeId: "dsp_2", lenderDisputeId: "L-2" }, "2026-11-12T09:00:00Z"),
      ),
    );
    await post(
      caRequest(event("disputes.resolved", { disputeId: "dsp_2", lenderDisputeId: "L-2" }, "2026-11-13T09:00:00Z")),
    );
    await post(
      caRequest(
        event(
          "disputes.created",
          { disputeId: "dsp_2", lenderDisputeId: "L-2", lenderId: "A" },
          "2026-11-11T09:00:00Z",
        ),
      ),
    );
    await settleDeliveries();
    const dispute = await db().dispute.findFirstOrThrow({ include: { events: { orderBy: { occurredAt: "asc" } } } });
    expect(dispute).toMatchObject({ status: "RESOLVED", lenderId: "A" });
    expect(dispute.openedAt.toISOString()).toBe("2026-11-11T09:00:00.000Z");
    expect(dispute.events.map((e) => e.status)).toEqual(["OPEN", "LENDER_UPDATED", "RESOLVED"]);
  });

  it("stores post-sale events whole and links them to the application they name", async () => {
    await post(caRequest(event("application.approved", { applicationId: "app_ps", lenderId: "A", amount: 50 })));
    await settleDeliveries();
    const settle = await post(
      caRequest(
        event(
          "postsale.settle",
          { applicationId: "app_ps", chargeId: "chg_1", amount: 50, extra: { nested: true } },
          "2026-11-03T00:00:00Z",
        ),
      ),
    );
    const orphan = await post(
      caRequest(event("postsale.refund.accepted", { chargeId: "chg_unknown", amount: 5 }, "2026-11-04T00:00:00Z")),
    );
    await settleDeliveries();
    const linked = await db().delivery.findUniqueOrThrow({ where: { id: settle.body.deliveryId } });
    expect(linked).toMatchObject({ processing: "APPLIED", eventType: "postsale.settle.accepted" });
    expect(linked.applicationId).not.toBeNull();
    expect(linked.searchIds).toEqual(expect.arrayContaining(["app_ps", "chg_1"]));
    const unlinked = await db().delivery.findUniqueOrThrow({ where: { id: orphan.body.deliveryId } });
    expect(unlinked.flags).toEqual(["no-matching-application"]);
    expect((await application("app_ps")).events.map((e) => e.type)).toEqual([
      "application.approved",
      "postsale.settle.accepted",
    ]);
  });

  describe("Authorization", () => {
    const body = event("application.created", { applicationId: "app_auth" });
    it.each([
      ["the current value", caRequest(body), 200, "VERIFIED"],
      ["the previous value while rotating", caRequest(body, { authorization: CA_PREVIOUS }), 200, "VERIFIED"],
      ["a wrong value", caRequest(body, { authorization: "Bearer nope" }), 401, "INVALID"],
      ["no header", caRequest(body, { authorization: null }), 401, "MISSING"],
    ] as const)("%s", async (_name, request, status, verification) => {
      const answer = await post(request);
      expect(answer.status).toBe(status);
      const delivery = await db().delivery.findUniqueOrThrow({ where: { id: answer.body.deliveryId } });
      expect(delivery.verification).toBe(verification);
      expect((delivery.headers as Record<string, string>)["authorization"] ?? "[masked").toMatch(/^\[masked/);
    });

    it("refuses webhooks (401) while CHARGEAFTER_WEBHOOK_AUTHORIZATION is unset", async () => {
      configureProviders({
        CHARGEAFTER_WEBHOOK_AUTHORIZATION: undefined,
        CHARGEAFTER_WEBHOOK_AUTHORIZATION_PREVIOUS: undefined,
      });
      try {
        const answer = await post(caRequest(body));
        expect(answer.status).toBe(401);
        expect((await db().delivery.findUniqueOrThrow({ where: { id: answer.body.deliveryId } })).verification).toBe(
          "NOT_CONFIGURED",
        );
      } finally {
        configureProviders();
      }
    });
  });

  it("stores malformed bodies with a reason (400) and unknown event types (200, no effect)", async () => {
    for (const body of [
      "{",
      "[]",
      JSON.stringify(event("application.approved", { lenderId: "A", amount: 1 })),
      JSON.stringify(event("application.approved", { applicationId: "x", lenderId: "A", amount: "twelve" })),
    ]) {
      const answer = await post(caRequest(body));
      expect(answer.status, body).toBe(400);
      expect(answer.body.error).toBeTruthy();
    }
    const unknown = await post(caRequest(event("application.teleported", { applicationId: "app_x" })));
    expect(unknown.status).toBe(200);
    await settleDeliveries();
    expect((await db().delivery.findUniqueOrThrow({ where: { id: unknown.body.deliveryId } })).processing).toBe(
      "IGNORED",
    );
    expect(await db().application.count()).toBe(0);
    expect(await db().delivery.count()).toBe(5);
  });
});
