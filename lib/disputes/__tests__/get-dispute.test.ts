import { beforeEach, expect, it } from "vitest";

import { db, type Prisma } from "@/lib/db/client";
import type { DisputeStatus } from "@/lib/db/generated/enums";
import { makeDelivery } from "@/lib/deliveries/__tests__/make-delivery";
import { getDispute } from "@/lib/disputes/get-dispute";
import { itIsNullForIdsOfNoRow } from "@/test/bad-ids";
import { resetDatabase } from "@/test/reset-database";

import { makeApplication, makeDispute } from "./make-dispute";

beforeEach(resetDatabase);

itIsNullForIdsOfNoRow(getDispute);

it("returns the timeline oldest first with each event's delivery, the application, its order and the lender's name", async () => {
  const application = await makeApplication({
    externalId: "app_detail",
    customerFirstName: "Ada",
    customerLastName: "Lovelace",
  });
  await db().lenderOutcome.create({
    data: {
      applicationId: application.id,
      lenderId: "lender_finara",
      lenderName: "Finara",
      status: "APPROVED",
      occurredAt: new Date(),
    },
  });
  const order = await db().order.create({
    data: {
      provider: "CHARGEAFTER",
      requestToken: "tok_detail",
      merchantTransactionId: "mt_detail",
      amount: "499.00",
      refundedAmount: "30.00",
      applicationId: application.id,
    },
  });
  const dispute = await makeDispute({
    externalId: "dsp_detail",
    lenderId: "lender_finara",
    status: "RESOLVED",
    applicationId: application.id,
  });
  const created = await makeDelivery({ eventType: "disputes.created", disputeId: dispute.id });
  const resolved = await makeDelivery({ eventType: "disputes.resolved", disputeId: dispute.id });
  const at = (day: number) => new Date(Date.UTC(2026, 10, day, 9));
  // Recorded out of order: the timeline follows the time each event happened.
  const event = (
    type: string,
    status: DisputeStatus,
    day: number,
    more: Partial<Prisma.DisputeEventUncheckedCreateInput> = {},
  ) => db().disputeEvent.create({ data: { disputeId: dispute.id, type, status, occurredAt: at(day), ...more } });
  await event("disputes.resolved", "RESOLVED", 18, { deliveryId: resolved.id, data: { note: "refunded" } });
  await event("disputes.created", "OPEN", 10, { deliveryId: created.id, data: { lenderDisputeId: "LND-1" } });
  await event("disputes.lender.updated", "LENDER_UPDATED", 12);

  const detail = await getDispute(dispute.id.toUpperCase());
  expect(detail?.id).toBe(dispute.id);
  expect(detail?.lenderName).toBe("Finara");
  expect(detail?.events.map((e) => [e.type, e.delivery?.id ?? null])).toEqual([
    ["disputes.created", created.id],
    ["disputes.lender.updated", null],
    ["disputes.resolved", resolved.id],
  ]);
  expect(detail?.events[0]?.data).toEqual({ lenderDisputeId: "LND-1" });
  expect(detail?.application?.externalId).toBe("app_detail");
  expect(detail?.application?.orders.map((o) => [o.id, o.refundedAmount.toFixed(2), o.amount.toFixed(2)])).toEqual([
    [order.id, "30.00", "499.00"],
  ]);
});

it("shows a dispute with no application and no events", async () => {
  const dispute = await makeDispute();
  const detail = await getDispute(dispute.id);
  expect(detail?.application).toBeNull();
  expect(detail?.events).toEqual([]);
  expect(detail?.lenderName).toBeNull();
});
