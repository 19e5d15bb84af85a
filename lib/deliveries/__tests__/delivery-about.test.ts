// The log's "about" (customer, application, order, dispute) and the event type a refused
// delivery claims, read best-effort from its stored body and never trusted.
import { beforeEach, describe, expect, it } from "vitest";

import { makeApplication } from "@/lib/applications/__tests__/make-application";
import { db } from "@/lib/db/client";
import { CLAIMED_BODY_MAX, claimedEventType } from "@/lib/deliveries/claimed-event-type";
import { deliveryAbout } from "@/lib/deliveries/delivery-about";
import { findDeliveries } from "@/lib/deliveries/find-deliveries";
import { readDeliveryFilters } from "@/lib/deliveries/read-delivery-filters";
import { makeDispute } from "@/lib/disputes/__tests__/make-dispute";
import { resetDatabase } from "@/test/reset-database";

import { makeDelivery } from "./make-delivery";

const bytes = (text: string) => new Uint8Array(Buffer.from(text));
const customer = { customerFirstName: null, customerLastName: null, customerEmail: null };

describe("deliveryAbout", () => {
  it("names the customer from whichever link knows it and links each", () => {
    const about = deliveryAbout({
      application: null,
      order: { id: "o1", merchantTransactionId: null, requestToken: "tok 1", application: customer },
      dispute: {
        id: "d1",
        externalId: "dsp_1",
        application: { ...customer, customerEmail: "camila@example.test" },
      },
    });
    expect(about).toEqual({
      customer: "camila@example.test",
      links: [
        { kind: "order", href: "/orders?q=tok%201", label: "tok 1" },
        { kind: "dispute", href: "/disputes/d1", label: "dsp_1" },
      ],
    });
    const named = deliveryAbout({
      application: {
        id: "a1",
        externalId: "app_1",
        ...customer,
        customerFirstName: "Camila",
        customerLastName: "Reyes",
      },
      order: null,
      dispute: null,
    });
    expect(named).toEqual({
      customer: "Camila Reyes",
      links: [{ kind: "application", href: "/applications/a1", label: "app_1" }],
    });
    expect(deliveryAbout({ application: null, order: null, dispute: null })).toEqual({ customer: null, links: [] });
  });
});

describe("claimedEventType", () => {
  const ca = (text: string, contentType: string | null = "application/json") =>
    claimedEventType({ provider: "CHARGEAFTER", contentType, rawBody: bytes(text) });

  it("reads the event type a body claims, through the parser or from its eventType field", () => {
    expect(ca('{"eventType":"account.approved","createdAt":"2026-11-02T15:00:00Z","applicationId":"a"}')).toBe(
      "application.approved",
    );
    expect(ca('{"eventType":"disputes.created"}')).toBe("disputes.created"); // the parser refuses the rest
    expect(ca('{"eventType":"disputes.created"}', "text/plain")).toBe("disputes.created");
    const wgf = claimedEventType({
      provider: "WEGETFINANCING",
      contentType: "application/json",
      rawBody: bytes('{"request_token":"t","merchant_transaction_id":"m","status":"approved","version":"1.9"}'),
    });
    expect(wgf).toBe("wgf.postback.approved");
  });

  it("claims nothing for what it cannot read, and keeps what it shows short and printable", () => {
    expect(ca("")).toBeNull();
    expect(ca("{not json")).toBeNull();
    expect(ca('{"eventType":42}')).toBeNull();
    expect(ca(`{"eventType":"a\\u0000b${"x".repeat(300)}"}`)).toBe(`ab${"x".repeat(98)}`);
    expect(ca(`{"eventType":"disputes.created","pad":"${"x".repeat(CLAIMED_BODY_MAX)}"}`)).toBeNull();
  });
});

describe("the log's rows", () => {
  beforeEach(resetDatabase);

  it("carry what each was about, and a refused delivery's claimed type", async () => {
    const application = await makeApplication({ externalId: "app_about", customerFirstName: "Camila" });
    const dispute = await makeDispute({ applicationId: application.id });
    const applied = await makeDelivery({ applicationId: application.id, disputeId: dispute.id });
    const refused = await makeDelivery({
      eventType: null,
      verification: "INVALID",
      processing: "REJECTED",
      responseStatus: 401,
      rawBody: bytes('{"eventType":"disputes.created","disputeId":"dsp_x"}'),
      receivedAt: new Date("2026-11-02T16:00:00Z"),
    });
    const { filters } = readDeliveryFilters({});
    const page = await findDeliveries({ filters, timeZone: "UTC" });
    const byId = new Map(page.rows.map((row) => [row.id, row]));
    expect(byId.get(refused.id)).toMatchObject({ eventType: null, claimedEventType: "disputes.created" });
    expect(byId.get(applied.id)?.claimedEventType).toBeNull();
    expect(byId.get(applied.id)?.about).toEqual({
      customer: "Camila",
      links: [
        { kind: "application", href: `/applications/${application.id}`, label: "app_about" },
        { kind: "dispute", href: `/disputes/${dispute.id}`, label: expect.stringMatching(/^dsp_/) },
      ],
    });
    expect(await db().delivery.count()).toBe(2);
  });
});
